package ai.heyseven.core.sms;

import ai.heyseven.core.desk.GuestTexts;
import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.casino.CasinoConfigSource;
import ai.heyseven.ports.consent.ConsentLedger;
import ai.heyseven.ports.sms.CasinoSms.NotAllowedException;
import ai.heyseven.ports.sms.DoNotContact;
import ai.heyseven.ports.sms.OutboundSms;
import ai.heyseven.ports.sms.SmsOutbox;
import ai.heyseven.ports.sms.SmsSender;
import ai.heyseven.ports.sms.SmsSenderException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A host's replies to a guest who texted: part of the conversation the guest started, so they follow
 * the rules of the agent's own answers — none to a number that opted out (STOP) — and, as a person
 * writes them, none to a number on the do-not-contact list. Each is sent once, fleet-wide, through
 * the same outbox as the agent's answers, keyed by the caller's key.
 */
public final class HostTexts implements GuestTexts {
    private static final Logger LOG = LoggerFactory.getLogger(HostTexts.class);

    private final CasinoConfigSource casinos;
    private final ConsentLedger consent;
    private final DoNotContact doNotContact;
    private final SmsSender sender;
    private final SmsOutbox outbox;
    private final int maxSegments;

    HostTexts(CasinoConfigSource casinos, ConsentLedger consent, DoNotContact doNotContact, SmsSender sender, SmsOutbox outbox,
            int maxSegments) {
        this.casinos = casinos;
        this.consent = consent;
        this.doNotContact = doNotContact;
        this.sender = sender;
        this.outbox = outbox;
        this.maxSegments = maxSegments;
    }

    /** @throws NotAllowedException when {@code to} may not get a host's reply now */
    @Override
    public void requireAllowed(String casinoId, String to) {
        casino(casinoId, to);
    }

    /**
     * Sends {@code text} once per {@code key}, after checking the consent again.
     *
     * @throws NotAllowedException when {@code to} may not get it
     * @throws SmsSenderException when the carrier refused it (a retry with the same key sends it, unless it may have been sent)
     */
    @Override
    public void send(String casinoId, String to, String text, String key) {
        CasinoConfig casino = casino(casinoId, to);
        String eventId = "host-reply:" + key;
        if (!outbox.intend(eventId, SmsChannel.KEEP)) {
            LOG.info("host reply {} of {} was sent already, or is being sent", key, casinoId);
            return;
        }
        String id;
        try {
            id = sender.send(new OutboundSms(casino.smsNumbers().get(0), to, SmsText.fit(text, maxSegments)));
        } catch (SmsSenderException e) {
            if (!e.maybeSent()) {
                outbox.forget(eventId);
            }
            throw e;
        }
        outbox.sent(eventId, id, SmsChannel.KEEP);
        LOG.info("host reply {} of {} texted to {} (carrier id {})", key, casinoId, SmsChannel.guestKey(casino, to), id);
    }

    private CasinoConfig casino(String casinoId, String to) {
        CasinoConfig casino = casinos.find(casinoId).filter(SmsChannel::smsOn).filter(c -> !c.smsNumbers().isEmpty())
                .orElseThrow(() -> new NotAllowedException("casino " + casinoId + " has no SMS number, or its sms feature flag is off"));
        if (ConsentState.of(consent.history(casinoId, to)).optedOut()) {
            throw new NotAllowedException("this number opted out (STOP) of messages from " + casinoId + ": the reply was not sent");
        }
        if (doNotContact.listed(to)) {
            throw new NotAllowedException("this number is on the do-not-contact list: the reply was not sent");
        }
        return casino;
    }
}
