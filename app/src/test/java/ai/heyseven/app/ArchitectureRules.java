package ai.heyseven.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The module rules of docs/contract.md §1, as ArchUnit rules; {@link ArchitectureTest} checks them on the real code. */
final class ArchitectureRules {
    private ArchitectureRules() {
    }

    static final ArchRule PORTS_NEED_ONLY_THE_JDK = classes()
            .that().resideInAPackage("ai.heyseven.ports..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("ai.heyseven.ports..", "java..")
            .as("ports depend on nothing but the JDK (so no adapter or third-party type is in a port signature)");

    static final ArchRule CORE_NEEDS_ONLY_PORTS_AND_SLF4J = classes()
            .that().resideInAPackage("ai.heyseven.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("ai.heyseven.core..", "ai.heyseven.ports..", "java..", "org.slf4j..")
            .as("core depends on nothing but ports and slf4j-api");

    /**
     * Core's API: what a caller outside core may name. The builder with what it builds and takes, and
     * the guardrails as a library (the evaluation command, the logs' PII masking). Every other class
     * of core, public or not, is core's own business: it may change without a caller noticing.
     */
    static final Set<String> CORE_API = Set.of(
            "ai.heyseven.core.concierge.Concierges",
            "ai.heyseven.core.concierge.Agent",
            "ai.heyseven.core.sms.SmsSetup",
            "ai.heyseven.core.guardrails.Guardrails",
            "ai.heyseven.core.guardrails.GuardrailVerdict",
            "ai.heyseven.core.guardrails.PiiRedactor");

    private static final DescribedPredicate<JavaClass> CORE_INTERNALS = new DescribedPredicate<>("core classes outside its API "
            + CORE_API) {
        @Override
        public boolean test(JavaClass type) {
            String outermost = type.getName().split("\\$", 2)[0];
            return type.getPackageName().startsWith("ai.heyseven.core") && !CORE_API.contains(outermost);
        }
    };

    static final ArchRule OUTSIDE_CORE_ONLY_ITS_API = noClasses()
            .that().resideOutsideOfPackage("ai.heyseven.core..")
            .should().dependOnClassesThat(CORE_INTERNALS)
            .as("outside core, only core's API is named (the builders, what they build and take, the guardrails)");

    static final ArchRule ADAPTERS_NEVER_SEE_CORE = noClasses()
            .that().resideInAPackage("ai.heyseven.adapter..")
            .should().dependOnClassesThat().resideInAPackage("ai.heyseven.core..")
            .as("no adapter depends on core");

    static final ArchRule ADAPTERS_NEVER_SEE_EACH_OTHER = slices()
            .matching("ai.heyseven.adapter.(*)..")
            .should().notDependOnEachOther()
            .as("no adapter depends on another adapter");

    static final ArchRule ONLY_APP_SEES_ADAPTERS = noClasses()
            .that().resideOutsideOfPackages("ai.heyseven.app..", "ai.heyseven.adapter..")
            .should().dependOnClassesThat().resideInAPackage("ai.heyseven.adapter..")
            .as("only app sees adapters");

    /** Libraries any adapter may use besides its own: the JDK, the ports, Caffeine, SLF4J, Jackson. */
    private static final String[] SHARED = {"java..", "javax.crypto..", "ai.heyseven.ports..", "com.github.benmanes.caffeine..",
        "org.slf4j..", "com.fasterxml.jackson.."};

    static ArchRule adapterUsesOnly(String adapter, String... ownLibraries) {
        String[] allowed = Stream.of(Stream.of(SHARED), Stream.of("ai.heyseven.adapter." + adapter + ".."), Stream.of(ownLibraries))
                .flatMap(names -> names)
                .toArray(String[]::new);
        return classes().that().resideInAPackage("ai.heyseven.adapter." + adapter + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed)
                .allowEmptyShould(true)
                .as("adapter-" + adapter + " uses only its own libraries " + List.of(ownLibraries));
    }

    static final List<ArchRule> ADAPTER_LIBRARIES = List.of(
            adapterUsesOnly("local", "io.github.bucket4j.."),
            // ONNX Runtime is the bundled embedding model's runtime (LangChain4j's, configured by LocalEmbedder)
            adapterUsesOnly("embedding", "dev.langchain4j..", "ai.onnxruntime.."),
            adapterUsesOnly("phone", "com.google.i18n.phonenumbers.."),
            // Nimbus's OAuth 2.0 / OpenID Connect SDK and its JOSE library: the desk's staff sign-in (OidcSignIn)
            adapterUsesOnly("http", "io.javalin..", "jakarta.servlet..", "org.eclipse.jetty..", "com.nimbusds.."),
            adapterUsesOnly("telnyx", "io.github.resilience4j.."),
            adapterUsesOnly("redis", "redis.clients..", "io.github.bucket4j..", "com.bucket4j.."),
            adapterUsesOnly("firestore", "com.google.."),
            // Jetty's client: the model over HTTP/2 (HEYSEVEN_LLM_HTTP2), behind LangChain4j's HttpClient interface
            adapterUsesOnly("gemini", "dev.langchain4j..", "io.github.resilience4j..", "org.eclipse.jetty.."));
}
