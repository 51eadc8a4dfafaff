package ai.heyseven.ports.model;

/**
 * A language model: complete, stream, or answer in a given structured shape.
 *
 * <p>Every method may throw {@link LanguageModelException} when the model is unavailable,
 * throttled or too slow; callers turn that into a fallback, never into a lost turn.
 */
public interface LanguageModel {

    /** The whole answer to {@code request}. */
    String complete(ModelRequest request);

    /**
     * Streams the answer piece by piece into {@code sink}, on the calling thread. Stops early, without
     * error, when the sink returns {@code false}.
     */
    void stream(ModelRequest request, TokenSink sink);

    /**
     * Answers in the shape of the record class {@code shape}: one of {@link RouteDecision},
     * {@link GroundingVerdict}, {@link WhisperPlan} or {@link SafetyVerdict}.
     *
     * @throws IllegalArgumentException for a shape the model does not know
     */
    <T extends Record> T structured(ModelRequest request, Class<T> shape);
}
