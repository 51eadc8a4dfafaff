package ai.heyseven.ports.model;

/**
 * An answer a model gives in a fixed structure rather than in prose: exactly the four records below,
 * each asked for by its {@link Shape}. Sealed so that an adapter reading a model's answer, and a caller
 * switching over one, is checked by the compiler for every kind.
 */
public sealed interface StructuredAnswer permits RouteDecision, GroundingVerdict, WhisperPlan, SafetyVerdict {
}
