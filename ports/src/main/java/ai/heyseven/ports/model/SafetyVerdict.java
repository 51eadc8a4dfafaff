package ai.heyseven.ports.model;

import ai.heyseven.ports.concierge.GuardrailLayer;
import java.util.Objects;

/**
 * A model's judgement of a guest's message: the semantic classifier's structured answer on a
 * borderline message, and the router's on every message ({@link RouteDecision#safety()}).
 *
 * @param unsafe whether the message should be refused
 * @param layer the layer it belongs to when unsafe, otherwise {@code null}
 * @param reason a short explanation for the log
 */
public record SafetyVerdict(boolean unsafe, GuardrailLayer layer, String reason) implements StructuredAnswer {
    public SafetyVerdict {
        Objects.requireNonNull(reason, "reason");
        if (unsafe && layer == null) {
            throw new IllegalArgumentException("an unsafe verdict names its layer");
        }
    }
}
