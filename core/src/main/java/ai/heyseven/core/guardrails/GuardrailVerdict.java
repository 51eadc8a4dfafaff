package ai.heyseven.core.guardrails;

import ai.heyseven.ports.concierge.GuardrailLayer;
import java.util.Objects;

/** What the guardrails decided about a message. */
public sealed interface GuardrailVerdict {

    /** The message may go on to the agent. */
    record Allow() implements GuardrailVerdict { }

    /**
     * The message is refused.
     *
     * @param layer the layer that refused, reported in {@code done.guardrail}
     * @param language the language the guest wrote in, which the reply uses
     * @param reason why, for the log and compliance records (never the message itself)
     * @param reply what the guest is told
     */
    record Refuse(GuardrailLayer layer, Language language, String reason, String reply) implements GuardrailVerdict {
        public Refuse {
            Objects.requireNonNull(layer, "layer");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(reply, "reply");
        }
    }

    /**
     * Weak signals only: allowed on the deterministic verdict unless a semantic classifier, when
     * configured, says otherwise.
     */
    record Borderline(GuardrailLayer layer, Language language, String reason) implements GuardrailVerdict {
        public Borderline {
            Objects.requireNonNull(layer, "layer");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The shared allow verdict. */
    GuardrailVerdict ALLOW = new Allow();
}
