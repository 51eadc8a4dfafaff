package ai.heyseven.core.guardrails;

/** One deterministic check of a guest's message. Must run in time linear in the (capped) input. */
@FunctionalInterface
public interface Guardrail {
    GuardrailVerdict check(String message);
}
