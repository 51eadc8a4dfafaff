package ai.heyseven.benchmarks.cpu;

import java.util.List;

/**
 * Where a CPU sample's time goes, judged by the innermost frame that is not the JDK's own (so a
 * {@code HashMap} lookup inside Jackson counts as JSON); the JDK's HTTP client, TLS, regex and
 * socket code count as themselves, since they are what a library asked the JDK to do.
 */
enum Area {
    EMBEDDING("embedding (ONNX, tokenizer, our embedder)", "ai.onnxruntime.", "ai.djl.", "dev.langchain4j.model.embedding.",
            "ai.heyseven.adapter.embedding."),
    JSON("JSON (Jackson)", "com.fasterxml.jackson."),
    MODEL_CLIENT("model client (LangChain4j, our Gemini adapter)", "dev.langchain4j.", "ai.heyseven.adapter.gemini."),
    HTTP_CLIENT("HTTP client (JDK)", "jdk.internal.net.http.", "java.net.http."),
    HTTP_SERVER("HTTP server (Jetty, Javalin, our HTTP adapter)", "org.eclipse.jetty.", "io.javalin.", "jakarta.servlet.",
            "ai.heyseven.adapter.http."),
    LOGGING("logging (Logback, SLF4J)", "ch.qos.logback.", "org.slf4j.", "net.logstash."),
    METRICS("metrics and tracing (Micrometer, Prometheus, OpenTelemetry)", "io.micrometer.", "io.prometheus.", "io.opentelemetry."),
    GUARDRAILS("guardrails (core)", "ai.heyseven.core.guardrails."),
    KNOWLEDGE("retrieval (core knowledge)", "ai.heyseven.core.knowledge."),
    GRAPH("graph engine and nodes (core)", "ai.heyseven.core.graph.", "ai.heyseven.core.nodes.", "ai.heyseven.core.agent."),
    CORE_OTHER("core, other", "ai.heyseven.core."),
    APP_ADAPTERS("app and other adapters", "ai.heyseven."),
    REGEX("regex (JDK, called from the JDK)", "java.util.regex."),
    SOCKETS("sockets and NIO (JDK)", "sun.nio.", "java.nio.", "sun.net.", "java.net."),
    VIRTUAL_THREADS("virtual thread scheduling (JDK)", "jdk.internal.vm.", "java.util.concurrent.", "java.lang.VirtualThread"),
    OTHER_LIBRARY("other library", ""),
    JDK_ONLY("JDK only (no library frame)", "");

    private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

    private final String label;
    private final List<String> prefixes;

    Area(String label, String... prefixes) {
        this.label = label;
        this.prefixes = List.of(prefixes);
    }

    String label() {
        return label;
    }

    /** The area of a stack given innermost frame first, as class names. */
    static Area of(List<String> classesInnermostFirst) {
        for (String type : classesInnermostFirst) {
            for (Area area : List.of(HTTP_CLIENT, REGEX)) {
                if (area.matches(type)) {
                    return area;
                }
            }
            if (JDK.stream().noneMatch(type::startsWith)) {
                return libraryArea(type);
            }
        }
        for (String type : classesInnermostFirst) {
            for (Area area : List.of(SOCKETS, VIRTUAL_THREADS)) {
                if (area.matches(type)) {
                    return area;
                }
            }
        }
        return JDK_ONLY;
    }

    private static Area libraryArea(String type) {
        for (Area area : values()) {
            if (area.ordinal() < REGEX.ordinal() && area.matches(type)) {
                return area;
            }
        }
        return OTHER_LIBRARY;
    }

    /**
     * Whether any of the stack's classes is of this area; never for the catch-alls and the JDK's
     * sockets and scheduling, which are on nearly every stack.
     */
    boolean inAny(List<String> classes) {
        return this != SOCKETS && this != VIRTUAL_THREADS && classes.stream().anyMatch(this::matches);
    }

    private boolean matches(String type) {
        // LangChain4j's in-process embedding model is the embedding's, not the model client's
        return prefixes.stream().anyMatch(prefix -> !prefix.isEmpty() && type.startsWith(prefix))
                && !(this == MODEL_CLIENT && EMBEDDING.matches(type));
    }
}
