package ai.heyseven.ports.model;

import ai.heyseven.ports.concierge.Intent;
import java.util.Objects;

/** The router's structured answer: the intent of a message and how sure the router is (0–1). */
public record RouteDecision(Intent intent, double confidence) {
    public RouteDecision {
        Objects.requireNonNull(intent, "intent");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be within 0..1, got " + confidence);
        }
    }
}
