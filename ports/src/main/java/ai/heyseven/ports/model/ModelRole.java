package ai.heyseven.ports.model;

/** Which job a model call does; each role may use its own model, token limit and breaker. */
public enum ModelRole {
    /** Writes the answer the guest reads (the specialists). */
    MAIN,
    /** Chooses the intent of a message. */
    ROUTER,
    /** Checks a draft answer against the retrieved items. */
    VALIDATOR,
    /** Plans the next best question for the specialist to ask. */
    WHISPER,
    /** Gives a second opinion on a message the deterministic guardrails found borderline. */
    CLASSIFIER
}
