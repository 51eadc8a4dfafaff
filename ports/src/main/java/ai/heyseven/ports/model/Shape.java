package ai.heyseven.ports.model;

/**
 * Which structured answer to ask a model for, typed by the record it returns: exactly the four
 * constants below, so {@code model.structured(request, Shape.ROUTE)} is a {@link RouteDecision} with
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
    Shape<RouteDecision> ROUTE = new Route();

    /** The validator's verdict on whether a draft is grounded. */
    Shape<GroundingVerdict> GROUNDING = new Grounding();

    /** The whisper planner's next question. */
    Shape<WhisperPlan> WHISPER = new Whisper();

    /** The semantic classifier's safety verdict on a borderline message. */
    Shape<SafetyVerdict> SAFETY = new Safety();

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
    final class Route implements Shape<RouteDecision> {
        private Route() {
        }

        @Override
        public Class<RouteDecision> type() {
            return RouteDecision.class;
        }

        @Override
        public String toString() {
            return "ROUTE";
        }
    }

    /** {@link #GROUNDING}. */
    final class Grounding implements Shape<GroundingVerdict> {
        private Grounding() {
        }

        @Override
        public Class<GroundingVerdict> type() {
            return GroundingVerdict.class;
        }

        @Override
        public String toString() {
            return "GROUNDING";
        }
    }

    /** {@link #WHISPER}. */
    final class Whisper implements Shape<WhisperPlan> {
        private Whisper() {
        }

        @Override
        public Class<WhisperPlan> type() {
            return WhisperPlan.class;
        }

        @Override
        public String toString() {
            return "WHISPER";
        }
    }

    /** {@link #SAFETY}. */
    final class Safety implements Shape<SafetyVerdict> {
        private Safety() {
        }

        @Override
        public Class<SafetyVerdict> type() {
            return SafetyVerdict.class;
        }

        @Override
        public String toString() {
            return "SAFETY";
        }
    }
}
