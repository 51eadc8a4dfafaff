package ai.heyseven.adapter.local;

import ai.heyseven.ports.model.IntentClassifier;
import ai.heyseven.ports.model.LanguageModel;
import ai.heyseven.ports.model.ModelRequest;
import ai.heyseven.ports.model.RouteDecision;
import ai.heyseven.ports.model.SafetyVerdict;
import ai.heyseven.ports.model.Shape;
import ai.heyseven.ports.model.StructuredAnswer;
import ai.heyseven.ports.model.TokenSink;
import java.time.Duration;
import java.util.Objects;

/**
 * A deterministic language model that needs no network: routes by keywords, answers extractively
 * from the retrieved items (with their hours, locations and prices), and validates by checking
 * every stated fact against those items. It has no semantic understanding, so its safety verdict
 * (the second opinion on borderline input, the router's judgement of every message) is always "safe":
 * the deterministic guardrails' verdict stands. The {@code dev} profile's model; {@code prod} refuses it.
 */
public final class OfflineLanguageModel implements LanguageModel {
    /** Streamed pieces are about this many characters, ending on a word boundary. */
    static final int PIECE = 24;
    /** The only safety verdict it gives. */
    static final SafetyVerdict NO_OPINION = new SafetyVerdict(false, null, "the offline model has no semantic understanding");

    private final IntentClassifier router;
    private final Duration pieceDelay;

    public OfflineLanguageModel(IntentClassifier router) {
        this(router, Duration.ZERO);
    }

    /**
     * @param pieceDelay a pause before each streamed piece after the first, to stand in for a
     *     remote model's pace in drills and load tests (zero: as fast as it can)
     */
    public OfflineLanguageModel(IntentClassifier router, Duration pieceDelay) {
        this.router = Objects.requireNonNull(router, "router");
        this.pieceDelay = Objects.requireNonNull(pieceDelay, "pieceDelay");
    }

    @Override
    public String complete(ModelRequest request) {
        return ExtractiveAnswer.write(request);
    }

    @Override
    public void stream(ModelRequest request, TokenSink sink) {
        String answer = ExtractiveAnswer.write(request);
        int start = 0;
        while (start < answer.length()) {
            int end = Math.min(answer.length(), start + PIECE);
            while (end < answer.length() && !Character.isWhitespace(answer.charAt(end))) {
                end++;
            }
            if (start > 0 && !pause()) {
                return;
            }
            if (!sink.accept(answer.substring(start, end))) {
                return;
            }
            start = end;
        }
    }

    private boolean pause() {
        if (pieceDelay.isZero()) {
            return true;
        }
        try {
            Thread.sleep(pieceDelay);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public <T extends StructuredAnswer> T structured(ModelRequest request, Shape<T> shape) {
        StructuredAnswer answer = switch (shape) {
            case Shape.Route route -> {
                RouteDecision byKeywords = router.classify(request.question());
                yield new RouteDecision(byKeywords.intent(), byKeywords.confidence(), NO_OPINION);
            }
            case Shape.Grounding grounding -> GroundingCheck.check(request);
            case Shape.Whisper whisper -> FollowUps.plan(request);
            case Shape.Safety safety -> NO_OPINION;
        };
        return shape.cast(answer);
    }
}
