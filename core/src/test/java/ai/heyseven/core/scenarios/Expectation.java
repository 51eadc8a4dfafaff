package ai.heyseven.core.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What one reply must show, each part optional: the intent, the guardrail layer ({@code none} for no
 * refusal), who handled it, phrases it must contain (all of {@code contains}, one of
 * {@code contains_any}, none of {@code not_contains}, compared without case), the desk case this turn
 * opened ({@code none} for none), and the reply's language.
 */
record Expectation(Optional<String> intent, Optional<String> guardrail, Optional<String> handledBy, List<String> contains,
        List<String> containsAny, List<String> notContains, Optional<String> caseOpened, Optional<String> language,
        boolean discloseAi, boolean noOffer) {

    Expectation {
        contains = List.copyOf(contains);
        containsAny = List.copyOf(containsAny);
        notContains = List.copyOf(notContains);
    }

    static Expectation of(JsonNode node) {
        return new Expectation(text(node, "intent"), text(node, "guardrail"), text(node, "handled_by"), texts(node, "contains"),
                texts(node, "contains_any"), texts(node, "not_contains"), text(node, "case"), text(node, "language"),
                node.path("discloses_ai").asBoolean(false), node.path("no_offer").asBoolean(false));
    }

    /** What the reply got wrong; empty when it behaved as expected. */
    List<String> misses(Observed reply) {
        List<String> misses = new ArrayList<>();
        intent.filter(expected -> !expected.equals(reply.intent())).ifPresent(expected -> misses.add("intent " + reply.intent() + ", expected " + expected));
        guardrail.filter(expected -> !expected.equals(reply.guardrail()))
                .ifPresent(expected -> misses.add("guardrail " + reply.guardrail() + ", expected " + expected));
        handledBy.filter(expected -> !expected.equals(reply.handledBy()))
                .ifPresent(expected -> misses.add("handled by " + reply.handledBy() + ", expected " + expected));
        String lower = reply.text().toLowerCase(Locale.ROOT);
        contains.stream().filter(phrase -> !lower.contains(phrase.toLowerCase(Locale.ROOT)))
                .forEach(phrase -> misses.add("lacks \"" + phrase + "\""));
        if (!containsAny.isEmpty() && containsAny.stream().noneMatch(phrase -> lower.contains(phrase.toLowerCase(Locale.ROOT)))) {
            misses.add("has none of " + containsAny);
        }
        notContains.stream().filter(phrase -> lower.contains(phrase.toLowerCase(Locale.ROOT)))
                .forEach(phrase -> misses.add("says \"" + phrase + "\""));
        caseOpened.filter(expected -> !expected.equals(reply.caseOpened()))
                .ifPresent(expected -> misses.add("case " + reply.caseOpened() + ", expected " + expected));
        language.filter(expected -> !expected.equals(reply.language()))
                .ifPresent(expected -> misses.add("language " + reply.language() + ", expected " + expected));
        if (discloseAi && !(lower.contains("ai assistant") || lower.contains("asistente de ia") || lower.contains("assistente de ia")
                || lower.contains("ai助手") || lower.contains("人工智能"))) {
            misses.add("does not say it is an AI assistant");
        }
        if (noOffer && (lower.contains("i can offer") || lower.contains("comp of") || lower.contains("on us"))) {
            misses.add("offers something");
        }
        return misses;
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }

    private static List<String> texts(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        node.path(field).forEach(value -> values.add(value.asText()));
        return values;
    }
}
