package ai.heyseven.adapter.http;

import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.guest.GuestData;
import ai.heyseven.ports.knowledge.KnowledgeUpdates;
import ai.heyseven.ports.sms.SmsInbound;
import java.util.Objects;

/**
 * What the server drives: guests' chats, the CMS's content changes, a guest's erase, the carrier's
 * SMS deliveries.
 */
public record DrivingPorts(Concierge concierge, KnowledgeUpdates knowledgeUpdates, GuestData guests, SmsInbound sms) {
    public DrivingPorts {
        Objects.requireNonNull(concierge, "concierge");
        Objects.requireNonNull(knowledgeUpdates, "knowledgeUpdates");
        Objects.requireNonNull(guests, "guests");
        Objects.requireNonNull(sms, "sms");
    }
}
