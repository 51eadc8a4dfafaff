package ai.heyseven.ports.compliance;

import ai.heyseven.ports.concierge.GuardrailLayer;
import java.time.Instant;
import java.util.Objects;

/**
 * Something compliance must be able to find later. It names the conversation and the rule that
 * fired, never the guest's words.
 *
 * @param guestId the guest, when known, or {@code null}
 * @param reason a short code of what matched, such as {@code aml pattern (en)}
 */
public record ComplianceEvent(String casinoId, String threadId, String guestId, GuardrailLayer layer, String reason, Instant at) {
    public ComplianceEvent {
        Objects.requireNonNull(casinoId, "casinoId");
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
