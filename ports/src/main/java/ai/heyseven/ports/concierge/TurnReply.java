package ai.heyseven.ports.concierge;

import java.util.List;
import java.util.Objects;

/**
 * The whole answer of one turn, as the blocking {@link Concierge#ask} returns it.
 *
 * @param guardrail the layer that refused the message, or {@code null}
 * @param handledBy {@link HandledBy#HOST} when a host holds the conversation: the message went to the host and
 *     {@code reply} is empty (or the crisis line the guardrail still gives)
 */
public record TurnReply(
        String threadId,
        int turn,
        String reply,
        Intent intent,
        Validation validation,
        GuardrailLayer guardrail,
        List<SourceRef> sources,
        HandledBy handledBy) {

    public TurnReply {
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(validation, "validation");
        sources = List.copyOf(sources);
        Objects.requireNonNull(handledBy, "handledBy");
        if (turn < 1) {
            throw new IllegalArgumentException("turn counts from 1, got " + turn);
        }
    }

    /** A reply the agent gave. */
    public TurnReply(String threadId, int turn, String reply, Intent intent, Validation validation, GuardrailLayer guardrail,
            List<SourceRef> sources) {
        this(threadId, turn, reply, intent, validation, guardrail, sources, HandledBy.AGENT);
    }
}
