package ai.heyseven.ports.concierge;

import java.util.List;
import java.util.Objects;

/**
 * The whole answer of one turn, as the blocking {@link Concierge#ask} returns it.
 *
 * @param guardrail the layer that refused the message, or {@code null}
 */
public record TurnReply(
        String threadId,
        int turn,
        String reply,
        Intent intent,
        Validation validation,
        GuardrailLayer guardrail,
        List<SourceRef> sources) {

    public TurnReply {
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(validation, "validation");
        sources = List.copyOf(sources);
        if (turn < 1) {
            throw new IllegalArgumentException("turn counts from 1, got " + turn);
        }
    }
}
