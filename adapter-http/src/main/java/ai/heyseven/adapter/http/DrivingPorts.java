package ai.heyseven.adapter.http;

import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.feedback.GuestFeedback;
import ai.heyseven.ports.guest.GuestData;
import ai.heyseven.ports.knowledge.KnowledgeUpdates;
import ai.heyseven.ports.sms.CasinoSms;
import ai.heyseven.ports.sms.SmsInbound;
import java.util.Objects;
import java.util.Optional;

/**
 * What the server drives: guests' chats, the CMS's content changes, a guest's erase, the carrier's
 * SMS deliveries, the operator's opt-ins and casino-started messages, guests' ratings, and the host
 * desk (staff's cases and a guest's view of a host; empty: the desk's routes answer 503).
 */
public record DrivingPorts(Concierge concierge, KnowledgeUpdates knowledgeUpdates, GuestData guests, SmsInbound sms,
        CasinoSms casinoSms, GuestFeedback feedback, Optional<DeskPorts> desk) {

    /** Without the host desk. */
    public DrivingPorts(Concierge concierge, KnowledgeUpdates knowledgeUpdates, GuestData guests, SmsInbound sms, CasinoSms casinoSms,
            GuestFeedback feedback) {
        this(concierge, knowledgeUpdates, guests, sms, casinoSms, feedback, Optional.empty());
    }

    public DrivingPorts {
        Objects.requireNonNull(concierge, "concierge");
        Objects.requireNonNull(knowledgeUpdates, "knowledgeUpdates");
        Objects.requireNonNull(guests, "guests");
        Objects.requireNonNull(sms, "sms");
        Objects.requireNonNull(casinoSms, "casinoSms");
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(desk, "desk");
    }
}
