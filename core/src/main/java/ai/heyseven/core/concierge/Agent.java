package ai.heyseven.core.concierge;

import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.feedback.GuestFeedback;
import ai.heyseven.ports.guest.GuestData;
import ai.heyseven.ports.knowledge.KnowledgeUpdates;
import java.util.Objects;

/**
 * The driving ports of the core: what guests ask and what the CMS changes, sharing one knowledge
 * index (a change applied here is answered by this concierge's next turn), a guest's erase, and
 * guests' ratings.
 */
public record Agent(Concierge concierge, KnowledgeUpdates knowledgeUpdates, GuestData guestData, GuestFeedback feedback) {
    public Agent {
        Objects.requireNonNull(concierge, "concierge");
        Objects.requireNonNull(knowledgeUpdates, "knowledgeUpdates");
        Objects.requireNonNull(guestData, "guestData");
        Objects.requireNonNull(feedback, "feedback");
    }
}
