package ai.heyseven.core.sms;

import ai.heyseven.ports.StatePorts;
import ai.heyseven.ports.audit.AuditTrail;
import ai.heyseven.ports.casino.CasinoConfigSource;
import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.consent.ConsentLedger;
import ai.heyseven.ports.consent.ConsentRecord;
import ai.heyseven.ports.sms.CasinoSms;
import ai.heyseven.ports.sms.DoNotContact;
import ai.heyseven.ports.sms.PhoneZones;
import ai.heyseven.ports.sms.SmsSender;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * The SMS channel, for {@code Concierges.sms}: the carrier that sends (none: the channel is off,
 * opt-ins are still recorded and every send is refused with {@code offReason}), and the rules that
 * bound what is sent.
 *
 * @param zones where a number probably is, for quiet hours
 * @param doNotContact numbers never texted, whatever their consent
 * @param maxSegments the longest reply, in SMS segments
 * @param dailyCap casino-started messages one casino may send a day
 * @param takeover how long a text may sit with a silent worker before another takes it
 */
public record SmsSetup(Optional<SmsSender> sender, String offReason, PhoneZones zones, DoNotContact doNotContact, int maxSegments,
        int dailyCap, Duration takeover) {
    /** Deliveries of one text a worker tries before it gives the text up. */
    static final int MAX_DELIVERIES = 5;

    public SmsSetup {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(offReason, "offReason");
        Objects.requireNonNull(zones, "zones");
        Objects.requireNonNull(doNotContact, "doNotContact");
        Objects.requireNonNull(takeover, "takeover");
        if (maxSegments < 1 || dailyCap < 1 || takeover.isNegative() || takeover.isZero()) {
            throw new IllegalArgumentException("maxSegments, dailyCap and takeover must be positive");
        }
    }

    /**
     * The channel over {@code state}'s queue, outbox, schedule and limits: the webhook's intake, the
     * operator's messages and, when a carrier sends, the worker that answers guests' texts with
     * {@code concierge} and sends held messages when quiet hours end. {@code numberOfThread} is told,
     * before each turn, the conversation's thread id and the guest's number (so a case opened in that
     * turn knows where a host's reply goes).
     */
    public SmsLine open(StatePorts state, CasinoConfigSource casinos, ConsentLedger consent, AuditTrail audit, Concierge concierge,
            BiConsumer<String, String> numberOfThread, Clock clock) {
        SmsIntake intake = new SmsIntake(state.webhookClaims(), state.smsQueue(), casinos, consent);
        CasinoMessages messages = new CasinoMessages(casinos, consent, sender.orElseGet(this::refusing), state.smsSchedule(), zones,
                doNotContact, audit, state.smsQuota(), dailyCap, clock);
        if (sender.isEmpty()) {
            return new SmsLine(intake, new Off(messages, offReason), () -> { });
        }
        SmsChannel channel = new SmsChannel(casinos, concierge, consent, sender.get(), state.smsOutbox(), state.smsInboundLimits(),
                maxSegments, numberOfThread);
        SmsWorker worker = new SmsWorker(state.smsQueue(), channel, messages, "worker-" + UUID.randomUUID(), takeover, MAX_DELIVERIES);
        return new SmsLine(intake, messages, worker::close);
    }

    /**
     * A host's replies to texting guests, over {@code state}'s outbox (empty without a carrier: a host
     * cannot text then).
     */
    public Optional<HostTexts> hostTexts(StatePorts state, CasinoConfigSource casinos, ConsentLedger consent) {
        return sender.map(carrier -> new HostTexts(casinos, consent, doNotContact, carrier, state.smsOutbox(), maxSegments));
    }

    private SmsSender refusing() {
        return message -> {
            throw new CasinoSms.NotAllowedException(offReason);
        };
    }

    /** The channel off: opt-ins are recorded (they are evidence whatever the channel's state); sending is refused. */
    private record Off(CasinoMessages messages, String reason) implements CasinoSms {
        @Override
        public Optional<ConsentRecord> optIn(String casinoId, OptIn optIn, String actor) {
            return messages.optIn(casinoId, optIn, actor);
        }

        @Override
        public Optional<Outcome> send(String casinoId, String to, String text, String purpose, String actor) {
            throw new NotAllowedException(reason);
        }
    }
}
