package ai.heyseven.adapter.http;

import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.feedback.GuestFeedback;
import ai.heyseven.ports.guest.GuestData;
import ai.heyseven.ports.knowledge.KnowledgeUpdates;
import ai.heyseven.ports.sms.CasinoSms;
import ai.heyseven.ports.sms.SmsInbound;
import java.util.Objects;

/**
 * What the server drives: guests' chats, the CMS's content changes, a guest's erase, the carrier's
 * SMS deliveries, the operator's opt-ins and casino-started messages, guests' ratings.
 */
public record DrivingPorts(Concierge concierge, KnowledgeUpdates knowledgeUpdates, GuestData guests, SmsInbound sms,
        CasinoSms casinoSms, GuestFeedback feedback) {
    public DrivingPorts {
        Objects.requireNonNull(concierge, "concierge");
        Objects.requireNonNull(knowledgeUpdates, "knowledgeUpdates");
        Objects.requireNonNull(guests, "guests");
        Objects.requireNonNull(sms, "sms");
        Objects.requireNonNull(casinoSms, "casinoSms");
        Objects.requireNonNull(feedback, "feedback");
    }
}
