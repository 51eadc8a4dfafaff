package ai.heyseven.ports.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One change somebody made to what the agent knows or does: who (the key that caused it), what,
 * to which subject, and when — never a message body or the content itself.
 *
 * @param action a dotted code such as {@code knowledge.upserted}
 * @param subject what it changed, such as {@code item:trattoria-lucia}
 * @param actor the key that caused it, such as {@code cms-webhook}
 */
public record AuditEntry(String casinoId, String action, String subject, String actor, Instant at) {
    public AuditEntry {
        Objects.requireNonNull(casinoId, "casinoId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}
