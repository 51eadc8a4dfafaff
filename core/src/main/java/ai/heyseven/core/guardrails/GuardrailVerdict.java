package ai.heyseven.core.guardrails;

import ai.heyseven.ports.concierge.GuardrailLayer;
import java.util.Objects;

/** What the guardrails decided about a message. */
public sealed interface GuardrailVerdict {

    /**
     * The message may go on to the agent.
     *
     * @param signsOfMinor the message suggests the guest is under 21 (the conversation remembers it)
     * @param asksForGamingOrAlcohol the message is about gaming or alcohol (refused later in a conversation
     *     that showed signs of a minor)
     */
    record Allow(boolean signsOfMinor, boolean asksForGamingOrAlcohol) implements GuardrailVerdict { }

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
    record Borderline(GuardrailLayer layer, Language language, boolean signsOfMinor, boolean asksForGamingOrAlcohol,
            String reason) implements GuardrailVerdict {
        public Borderline {
            Objects.requireNonNull(layer, "layer");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The plain allow verdict, with no signal. */
    GuardrailVerdict ALLOW = new Allow(false, false);
}
