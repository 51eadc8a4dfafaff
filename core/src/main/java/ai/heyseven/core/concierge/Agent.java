package ai.heyseven.core.concierge;

import ai.heyseven.core.sms.SmsLine;
import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.desk.HostDesk;
import ai.heyseven.ports.feedback.GuestFeedback;
import ai.heyseven.ports.guest.GuestData;
import ai.heyseven.ports.knowledge.KnowledgeUpdates;
import ai.heyseven.ports.sms.CasinoSms;
import ai.heyseven.ports.sms.SmsInbound;
import java.util.Objects;
import java.util.Optional;

/**
 * The driving ports of the core: what guests ask and what the CMS changes, sharing one knowledge
 * index (a change applied here is answered by this concierge's next turn), a guest's erase, guests'
 * ratings, the host desk and, when {@link Concierges#sms} was given, the SMS channel. Closing it stops the SMS worker.
 */
public final class Agent implements AutoCloseable {
    private final Concierge concierge;
    private final KnowledgeUpdates knowledgeUpdates;
    private final GuestData guestData;
    private final GuestFeedback feedback;
    private final Optional<SmsLine> sms;
    private final Optional<HostDesk> desk;

    Agent(Concierge concierge, KnowledgeUpdates knowledgeUpdates, GuestData guestData, GuestFeedback feedback, Optional<SmsLine> sms,
            Optional<HostDesk> desk) {
        this.concierge = Objects.requireNonNull(concierge, "concierge");
        this.knowledgeUpdates = Objects.requireNonNull(knowledgeUpdates, "knowledgeUpdates");
        this.guestData = Objects.requireNonNull(guestData, "guestData");
        this.feedback = Objects.requireNonNull(feedback, "feedback");
        this.sms = Objects.requireNonNull(sms, "sms");
        this.desk = Objects.requireNonNull(desk, "desk");
    }

    /**
     * The host desk: staff's cases, their take-over of a conversation, and what a guest's page shows
     * of a host (empty without {@link Concierges#cases}).
     */
    public Optional<HostDesk> desk() {
        return desk;
    }

    public Concierge concierge() {
        return concierge;
    }

    public KnowledgeUpdates knowledgeUpdates() {
        return knowledgeUpdates;
    }

    public GuestData guestData() {
        return guestData;
    }

    public GuestFeedback feedback() {
        return feedback;
    }

    /** The carrier's deliveries, taken fleet-wide once (empty without {@link Concierges#sms}). */
    public Optional<SmsInbound> smsInbound() {
        return sms.map(SmsLine::inbound);
    }

    /** The operator's opt-ins and casino-started messages (empty without {@link Concierges#sms}). */
    public Optional<CasinoSms> casinoSms() {
        return sms.map(SmsLine::casinoSms);
    }

    @Override
    public void close() {
        sms.ifPresent(SmsLine::close);
    }
}
