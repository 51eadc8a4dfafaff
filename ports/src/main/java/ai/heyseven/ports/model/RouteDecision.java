package ai.heyseven.ports.model;

import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.concierge.Tone;
import java.util.Objects;
import java.util.Optional;

/**
 * The router's structured answer: the intent of a message, how sure the router is (0–1), and — from
 * a model, at no extra call — its judgement on whether the message is safe to answer.
 *
 * @param intent the intent
 * @param confidence how sure the router is, 0 to 1
 * @param safety the model's verdict, or {@code null} when the router gave none (the keyword router)
 * @param tone how the guest sounds, in the model's judgement; {@code null} when the router gave none (the
 *     agent then reads the tone from its own phrase families)
 */
public record RouteDecision(Intent intent, double confidence, SafetyVerdict safety, Tone tone) implements StructuredAnswer {
    public RouteDecision {
        Objects.requireNonNull(intent, "intent");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be within 0..1, got " + confidence);
        }
    }

    /** A decision with no opinion on the guest's tone. */
    public RouteDecision(Intent intent, double confidence, SafetyVerdict safety) {
        this(intent, confidence, safety, null);
    }

    /** A decision with no safety verdict. */
    public RouteDecision(Intent intent, double confidence) {
        this(intent, confidence, null, null);
    }

    /** The model's reading of the guest's tone; empty when it gave none. */
    public Optional<Tone> toneVerdict() {
        return Optional.ofNullable(tone);
    }

    /** The verdict when the router judged the message unsafe; empty when it did not judge or judged it safe. */
    public Optional<SafetyVerdict> unsafe() {
        return safety != null && safety.unsafe() ? Optional.of(safety) : Optional.empty();
    }
}
