package ai.heyseven.benchmarks.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * The rules every answer to a hostile request must keep, counted: no 500, no
 * stack trace or exception class name in the body, and every 4xx/5xx a problem+json with a
 * {@code type}, a {@code title} and the same {@code status} ({@code /health}'s 503 is its own
 * document by contract, and a HEAD answer has no body). Also counts answers by status and the
 * exchanges that failed (reset, timeout, no answer), each kind with the first few request numbers.
 */
final class ResponseCheck {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EXAMPLES = 5;
    /** A frame of a stack trace, a qualified Java class name, or a bare exception / error class name. */
    private static final Pattern JAVA_LEAK = Pattern.compile("\\bat [a-zA-Z_$][\\w$]*(\\.[\\w$]+)+\\([\\w$]*\\.java:\\d+\\)"
            + "|\\b(java|javax|jdk|sun|com\\.fasterxml|org\\.eclipse|io\\.javalin|ai\\.heyseven|redis\\.clients|com\\.google)\\.[a-z]\\w*\\."
            + "|\\b[A-Z]\\w*(Exception|Error)\\b");

    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> violations = new ConcurrentHashMap<>();
    private final Map<String, List<String>> examples = new ConcurrentHashMap<>();
    /** Per kind of violation, how often each part of the requests' labels (route, what was done to them) was there. */
    private final Map<String, Map<String, LongAdder>> causes = new ConcurrentHashMap<>();
    private final LongAdder sent = new LongAdder();

    void record(long index, RawHttp.Request request, RawHttp.Response response) {
        sent.increment();
        statuses.computeIfAbsent(response.status(), s -> new LongAdder()).increment();
        if (response.failure() != null) {
            violation("exchange failed: " + response.failure().replaceAll("\\d+", "N"), index, request, response);
            return;
        }
        int status = response.status();
        if (status == 500) {
            violation("status " + status, index, request, response);
        }
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (JAVA_LEAK.matcher(body).find() || response.headers().stream().anyMatch(h -> JAVA_LEAK.matcher(h[1]).find())) {
            violation("stack trace or exception name in the answer", index, request, response);
        }
        if (status >= 400 && !request.method().equals("HEAD") && !(status == 503 && request.target().equals("/health"))) {
            String problem = problemFault(status, response);
            if (problem != null) {
                violation("error not problem+json: " + problem, index, request, response);
            }
        }
    }

    /** What is wrong with an error answer as a problem+json, or null. */
    private static String problemFault(int status, RawHttp.Response response) {
        String type = response.header("content-type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return "Content-Type " + type;
        }
        try {
            JsonNode problem = JSON.readTree(response.body());
            if (problem == null || !problem.path("type").isTextual() || !problem.path("title").isTextual() || problem.path("status").asInt() != status) {
                return "type/title/status missing or wrong";
            }
            return null;
        } catch (IOException e) {
            return "body is not JSON";
        }
    }

    private void violation(String kind, long index, RawHttp.Request request, RawHttp.Response response) {
        violations.computeIfAbsent(kind, k -> new LongAdder()).increment();
        Map<String, LongAdder> parts = causes.computeIfAbsent(kind, k -> new ConcurrentHashMap<>());
        for (String part : request.label().split(" ")) {
            parts.computeIfAbsent(part, p -> new LongAdder()).increment();
        }
        List<String> list = examples.computeIfAbsent(kind, k -> new ArrayList<>());
        synchronized (list) {
            if (list.size() < EXAMPLES) {
                list.add("#" + index + " " + request.method() + " " + Fuzz.printable(request.target().getBytes(StandardCharsets.UTF_8), 80)
                        + " (" + request.label() + ") → " + response.status() + " " + Fuzz.printable(response.body(), 160).replace("\n", " "));
            }
        }
    }

    long sent() {
        return sent.sum();
    }

    void print() {
        System.out.println("| status | responses |");
        System.out.println("|---:|---:|");
        new TreeMap<>(statuses).forEach((status, n) -> System.out.printf("| %s | %d |%n", status == 0 ? "none" : status, n.sum()));
        long total = violations.values().stream().mapToLong(LongAdder::sum).sum();
        System.out.printf("%nviolations: %d%n", total);
        new TreeMap<>(violations).forEach((kind, n) -> {
            System.out.printf("- %d × %s%n", n.sum(), kind);
            System.out.println("    most often with: " + causes.get(kind).entrySet().stream()
                    .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum())).limit(8)
                    .map(e -> e.getKey() + " " + e.getValue().sum()).reduce((a, b) -> a + ", " + b).orElse(""));
            examples.get(kind).forEach(example -> System.out.println("    " + example));
        });
    }
}
