package ai.heyseven.core.guardrails;

/** A deterministic check of a guest's message. Must run in time linear in the (capped) input. */
@FunctionalInterface
public interface Guardrail {

    /**
     * @param message what the guest wrote
     * @param helpline the property's responsible-gaming helpline, for the reply
     */
    GuardrailVerdict check(String message, String helpline);
}
