package ai.heyseven.core.guardrails;

import ai.heyseven.ports.concierge.GuardrailLayer;
import java.util.Objects;

/** What a guardrail decided about a message. */
public sealed interface GuardrailVerdict {

    /** The message may go on to the agent. */
    record Allow() implements GuardrailVerdict { }

    /**
     * The message is refused.
     *
     * @param layer the layer that refused, reported in {@code done.guardrail}
     * @param reason why, for the log (never shown to the guest)
     * @param reply what the guest is told
     */
    record Refuse(GuardrailLayer layer, String reason, String reply) implements GuardrailVerdict {
        public Refuse {
            Objects.requireNonNull(layer, "layer");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(reply, "reply");
        }
    }

    /** The shared allow verdict. */
    GuardrailVerdict ALLOW = new Allow();
}
