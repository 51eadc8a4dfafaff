package ai.heyseven.ports.tools;

import java.time.Instant;
import java.util.Objects;

/** A guest's request that a host call them back: who, in which conversation, about what. */
public record CallbackRequest(String casinoId, String threadId, String guestId, String topic, Instant at) {
    public CallbackRequest {
        Objects.requireNonNull(casinoId, "casinoId");
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(at, "at");
    }
}
