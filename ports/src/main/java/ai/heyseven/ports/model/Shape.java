package ai.heyseven.ports.model;

/**
 * Which structured answer to ask a model for, typed by the record it returns: one of exactly four
 * kinds, a constant each below, so {@code model.structured(request, Shape.ROUTE)} is a {@link RouteDecision} with
 * no cast, and there is no shape a model could fail to know.
 *
 * <p>An implementation of {@link LanguageModel} answers every shape with an exhaustive {@code switch},
 * which stops compiling when a shape is added and the adapter forgets it:
 *
 * <pre>{@code
 * StructuredAnswer answer = switch (shape) {
 *     case Shape.Route route -> router.classify(request.question());
 *     case Shape.Grounding grounding -> check(request);
 *     case Shape.Whisper whisper -> new WhisperPlan("");
 *     case Shape.Safety safety -> new SafetyVerdict(false, null, "no opinion");
 * };
 * return shape.cast(answer);
 * }</pre>
 *
 * @param <T> the record the model answers in
 */
public sealed interface Shape<T extends StructuredAnswer> {

    /** The router's intent and confidence, with its safety verdict on the message. */
    Shape<RouteDecision> ROUTE = new Route(RouteDecision.class);

    /** The validator's verdict on whether a draft is grounded. */
    Shape<GroundingVerdict> GROUNDING = new Grounding(GroundingVerdict.class);

    /** The whisper planner's next question. */
    Shape<WhisperPlan> WHISPER = new Whisper(WhisperPlan.class);

    /** The semantic classifier's safety verdict on a borderline message. */
    Shape<SafetyVerdict> SAFETY = new Safety(SafetyVerdict.class);

    /** The record class of the answer; its simple name names the shape (as in a JSON schema). */
    Class<T> type();

    /**
     * {@code answer} as this shape's record, for an adapter that built it in a {@code switch}.
     *
     * @throws ClassCastException when {@code answer} is of another shape: a bug in the adapter
     */
    default T cast(StructuredAnswer answer) {
        return type().cast(answer);
    }

    /** {@link #ROUTE}. */
    record Route(Class<RouteDecision> type) implements Shape<RouteDecision> { }

    /** {@link #GROUNDING}. */
    record Grounding(Class<GroundingVerdict> type) implements Shape<GroundingVerdict> { }

    /** {@link #WHISPER}. */
    record Whisper(Class<WhisperPlan> type) implements Shape<WhisperPlan> { }

    /** {@link #SAFETY}. */
    record Safety(Class<SafetyVerdict> type) implements Shape<SafetyVerdict> { }
}
