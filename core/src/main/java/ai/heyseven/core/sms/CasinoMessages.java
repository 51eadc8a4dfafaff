package ai.heyseven.core.sms;

import ai.heyseven.ports.audit.AuditEntry;
import ai.heyseven.ports.audit.AuditTrail;
import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.casino.CasinoConfigSource;
import ai.heyseven.ports.consent.ConsentEvent;
import ai.heyseven.ports.consent.ConsentLedger;
import ai.heyseven.ports.consent.ConsentRecord;
import ai.heyseven.ports.sms.CasinoSms;
import ai.heyseven.ports.sms.DoNotContact;
import ai.heyseven.ports.sms.OutboundSms;
import ai.heyseven.ports.sms.PhoneZones;
import ai.heyseven.ports.sms.ScheduledSms;
import ai.heyseven.ports.sms.SendQuota;
import ai.heyseven.ports.sms.SmsSchedule;
import ai.heyseven.ports.sms.SmsSender;
import ai.heyseven.ports.sms.SmsSenderException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages the casino starts, within the law: an opt-in for the purpose recorded in the ledger and
 * no STOP since (TCPA, 47 CFR § 64.1200; CTIA), not on the do-not-contact list, and never inside
 * the guest's quiet hours (08:00–21:00 in every zone the number's area spans) — a message asked
 * for then is held in the durable schedule and sent, after its consent is checked again, when the
 * window opens; at most {@code dailyCap} a day per casino (SMS pumping and runaway campaigns).
 * Every message sent or held is recorded in the audit trail with the key that asked.
 */
final class CasinoMessages implements CasinoSms {
    private static final Logger LOG = LoggerFactory.getLogger(CasinoMessages.class);
    static final Set<String> PURPOSES = Set.of("service", "marketing");

    private final CasinoConfigSource casinos;
    private final ConsentLedger consent;
    private final SmsSender sender;
    private final SmsSchedule schedule;
    private final PhoneZones zones;
    private final DoNotContact doNotContact;
    private final AuditTrail audit;
    private final SendQuota quota;
    private final long dailyCap;
    private final Clock clock;

    CasinoMessages(CasinoConfigSource casinos, ConsentLedger consent, SmsSender sender, SmsSchedule schedule, PhoneZones zones,
            DoNotContact doNotContact, AuditTrail audit, SendQuota quota, long dailyCap, Clock clock) {
        this.casinos = casinos;
        this.consent = consent;
        this.sender = sender;
        this.schedule = schedule;
        this.zones = zones;
        this.doNotContact = doNotContact;
        this.audit = audit;
        this.quota = quota;
        this.dailyCap = dailyCap;
        this.clock = clock;
    }

    @Override
    public Optional<ConsentRecord> optIn(String casinoId, OptIn optIn, String actor) {
        requirePurpose(optIn.purpose());
        return casinos.find(casinoId).map(casino -> {
            Instant now = clock.instant();
            ConsentRecord record = consent.append(new ConsentEvent(casinoId, optIn.phone(), ConsentEvent.Kind.OPT_IN,
                    optIn.purpose(), optIn.source(), optIn.wording(), optIn.at().orElse(now)));
            audit.record(new AuditEntry(casinoId, "consent.opt_in", "phone:" + SmsChannel.guestKey(casino, optIn.phone()), actor, now));
            return record;
        });
    }

    @Override
    public Optional<Outcome> send(String casinoId, String to, String text, String purpose, String actor) {
        requirePurpose(purpose);
        Optional<CasinoConfig> casino = casinos.find(casinoId);
        if (casino.isEmpty()) {
            return Optional.empty();
        }
        if (casino.get().smsNumbers().isEmpty() || !SmsChannel.smsOn(casino.get())) {
            throw new NotAllowedException("casino " + casinoId + " has no SMS number, or its sms feature flag is off");
        }
        OutboundSms message = new OutboundSms(casino.get().smsNumbers().get(0), to, SmsText.fit(text, 10));
        refuseUnlessAllowed(casino.get(), to, purpose);
        Instant now = clock.instant();
        if (!quota.take(casinoId, now.atZone(casino.get().timeZone()).toLocalDate(), dailyCap)) {
            throw new NotAllowedException("casino " + casinoId + " reached its daily cap of " + dailyCap + " messages it starts");
        }
        Instant sendAt = QuietHours.nextAllowed(now, zonesOf(casino.get(), to));
        String subject = "phone:" + SmsChannel.guestKey(casino.get(), to);
        if (sendAt.equals(now)) {
            String id = sender.send(message);
            audit.record(new AuditEntry(casinoId, "sms.sent", subject, actor, now));
            LOG.info("casino-started {} SMS of {} sent to {} (carrier id {})", purpose, casinoId, subject, id);
            return Optional.of(new Outcome(false, now));
        }
        schedule.schedule(new ScheduledSms(UUID.randomUUID().toString(), casinoId, message, purpose, sendAt));
        audit.record(new AuditEntry(casinoId, "sms.scheduled", subject, actor, now));
        LOG.info("casino-started {} SMS of {} to {} held for quiet hours until {}", purpose, casinoId, subject, sendAt);
        return Optional.of(new Outcome(true, sendAt));
    }

    /**
     * Sends the held messages whose time has come, each after checking its consent again (a STOP
     * received meanwhile wins). Called by the SMS worker.
     *
     * @return how many were sent
     */
    public int sendDue(int max) {
        int sent = 0;
        for (ScheduledSms held : schedule.due(clock.instant(), max)) {
            Optional<CasinoConfig> casino = casinos.find(held.casinoId());
            try {
                casino.ifPresent(config -> refuseUnlessAllowed(config, held.message().to(), held.purpose()));
            } catch (NotAllowedException e) {
                LOG.info("held SMS {} of {} not sent: {}", held.id(), held.casinoId(), e.getMessage());
                continue;
            }
            Instant allowed = casino.map(config -> QuietHours.nextAllowed(clock.instant(), zonesOf(config, held.message().to())))
                    .orElse(clock.instant());
            if (allowed.isAfter(clock.instant())) {
                schedule.schedule(new ScheduledSms(held.id(), held.casinoId(), held.message(), held.purpose(), allowed));
                continue;
            }
            if (casino.isPresent() && deliver(held)) {
                sent++;
            }
        }
        return sent;
    }

    /** Sends a held message; one the carrier certainly did not take is held again for a minute, never dropped. */
    private boolean deliver(ScheduledSms held) {
        try {
            sender.send(held.message());
            LOG.info("held SMS {} of {} sent at the end of quiet hours", held.id(), held.casinoId());
            return true;
        } catch (SmsSenderException e) {
            if (e.maybeSent()) {
                LOG.error("held SMS {} of {} may not have been sent (no answer from the carrier); not resent: {}", held.id(),
                        held.casinoId(), e.getMessage());
            } else {
                LOG.warn("held SMS {} of {} not sent, held again for a minute: {}", held.id(), held.casinoId(), e.getMessage());
                schedule.schedule(new ScheduledSms(held.id(), held.casinoId(), held.message(), held.purpose(), clock.instant().plusSeconds(60)));
            }
            return false;
        }
    }

    private void refuseUnlessAllowed(CasinoConfig casino, String to, String purpose) {
        ConsentState state = ConsentState.of(consent.history(casino.id(), to));
        if (state.optedOut()) {
            throw new NotAllowedException("this number opted out (STOP) of messages from " + casino.id());
        }
        if (state.excluded() && purpose.equals("marketing")) {
            throw new NotAllowedException("this guest is excluded from marketing (responsible gaming)");
        }
        if (!state.allows(purpose)) {
            throw new NotAllowedException("this number has no recorded opt-in for " + purpose + " messages from " + casino.id());
        }
        if (doNotContact.listed(to)) {
            throw new NotAllowedException("this number is on the do-not-contact list");
        }
    }

    private List<ZoneId> zonesOf(CasinoConfig casino, String phone) {
        List<ZoneId> known = zones.zones(phone);
        return known.isEmpty() ? List.of(casino.timeZone()) : known;
    }

    private static void requirePurpose(String purpose) {
        if (!PURPOSES.contains(purpose)) {
            throw new IllegalArgumentException("purpose must be service or marketing, got '" + purpose + "'");
        }
    }
}
