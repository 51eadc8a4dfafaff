package ai.heyseven.ports.tools;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Whose turn a tool runs in: the casino, the conversation, the guest (when known) and the
 * property's local time.
 */
public record ToolContext(String casinoId, String threadId, String guestId, ZonedDateTime localTime) {
    public ToolContext {
        Objects.requireNonNull(casinoId, "casinoId");
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(localTime, "localTime");
    }
}
