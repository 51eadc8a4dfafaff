package ai.heyseven.core.sms;

import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.casino.CasinoConfigSource;
import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.concierge.HandledBy;
import ai.heyseven.ports.concierge.TurnInProgressException;
import ai.heyseven.ports.concierge.TurnReply;
import ai.heyseven.ports.concierge.TurnRequest;
import ai.heyseven.ports.consent.ConsentEvent;
import ai.heyseven.ports.consent.ConsentLedger;
import ai.heyseven.ports.consent.ConsentRecord;
import ai.heyseven.ports.guest.GuestData;
import ai.heyseven.ports.ratelimit.RateLimiter;
import ai.heyseven.ports.sms.InboundSms;
import ai.heyseven.ports.sms.OutboundSms;
import ai.heyseven.ports.sms.SmsOutbox;
import ai.heyseven.ports.sms.SmsSender;
import ai.heyseven.ports.sms.SmsSenderException;
import ai.heyseven.ports.telemetry.LogFields;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One inbound text, answered as the law and the carrier rules require. In order: the casino is
 * the one the number belongs to; a number over its inbound limit is not answered (SMS pumping);
 * STOP, HELP and START are answered with their fixed texts and recorded in the consent ledger; a
 * number that opted out gets nothing else; any other text is a turn of the same agent as web chat,
 * in the number's own conversation, its answer shaped for SMS. The number never appears in a key
 * or a log line: both use a hash of casino and number.
 */
final class SmsChannel {
    private static final Logger LOG = LoggerFactory.getLogger(SmsChannel.class);
    /** How long a reply's record is kept: longer than the carrier retries a webhook. */
    static final Duration KEEP = Duration.ofDays(3);
    /** Longer than a conversation's claim lasts once its holder died (ten seconds). */
    static final Duration BUSY_WAIT = Duration.ofSeconds(15);

    private final CasinoConfigSource casinos;
    private final Concierge concierge;
    private final ConsentLedger consent;
    private final SmsSender sender;
    private final SmsOutbox outbox;
    private final RateLimiter inboundLimit;
    private final int maxSegments;
    private final BiConsumer<String, String> numberOfThread;

    SmsChannel(CasinoConfigSource casinos, Concierge concierge, ConsentLedger consent, SmsSender sender, SmsOutbox outbox,
            RateLimiter inboundLimit, int maxSegments, BiConsumer<String, String> numberOfThread) {
        this.casinos = casinos;
        this.concierge = concierge;
        this.consent = consent;
        this.sender = sender;
        this.outbox = outbox;
        this.inboundLimit = inboundLimit;
        this.maxSegments = maxSegments;
        this.numberOfThread = numberOfThread;
    }

    /** What became of one inbound text. */
    public enum Outcome { ANSWERED, TO_HOST, KEYWORD_ANSWERED, OPTED_OUT_SILENT, NO_TEXT, OVER_LIMIT, UNKNOWN_NUMBER, ALREADY_ANSWERED, SEND_UNKNOWN }

    /**
     * Answers {@code message}. Safe to call again for the same event (a worker taking over): a
     * reply already sent is not sent again.
     *
     * @throws ai.heyseven.ports.BackendException when a store or the carrier fails: the message stays queued for a retry
     */
    public Outcome handle(InboundSms message) {
        // the log context of a request: its event id, and once known the casino and the (hashed) conversation
        MDC.put(LogFields.REQUEST_ID, message.eventId());
        try {
            return answer(message);
        } finally {
            MDC.remove(LogFields.REQUEST_ID);
            MDC.remove(LogFields.CASINO_ID);
            MDC.remove(LogFields.THREAD_ID);
        }
    }

    private Outcome answer(InboundSms message) {
        Optional<SmsOutbox.Reply> earlier = outbox.find(message.eventId());
        if (earlier.isPresent()) {
            if (earlier.get().messageId().isEmpty()) {
                LOG.error("the reply to SMS event {} may not have been sent: its worker stopped while sending it at {}; not resent",
                        message.eventId(), earlier.get().intendedAt());
                return Outcome.SEND_UNKNOWN;
            }
            return Outcome.ALREADY_ANSWERED;
        }
        Optional<CasinoConfig> casino = casinoOf(casinos, message);
        if (casino.isEmpty()) {
            LOG.warn("SMS event {} was sent to a number no casino with SMS on lists; ignored", message.eventId());
            return Outcome.UNKNOWN_NUMBER;
        }
        String guest = guestKey(casino.get(), message.from());
        String threadId = "sms-" + guest.substring(0, 40);
        MDC.put(LogFields.CASINO_ID, casino.get().id());
        MDC.put(LogFields.THREAD_ID, threadId);
        if (!inboundLimit.acquire("sms:" + guest).allowed()) {
            LOG.warn("SMS from {} over its inbound limit: acknowledged, not answered", guest);
            return Outcome.OVER_LIMIT;
        }
        Optional<SmsKeyword> keyword = SmsKeyword.of(message.text());
        List<ConsentRecord> chain = consent.history(casino.get().id(), message.from());
        boolean optedOut = ConsentState.of(chain).optedOut();
        if (keyword.isPresent()) {
            Optional<String> reply = keywordReply(casino.get(), message, keyword.get(), chain, optedOut);
            if (reply.isPresent()) {
                send(casino.get(), message, reply.get());
                return Outcome.KEYWORD_ANSWERED;
            }
        }
        if (optedOut) {
            LOG.info("SMS from {}, who opted out, not answered", guest);
            return Outcome.OPTED_OUT_SILENT;
        }
        if (message.text().isBlank()) {
            LOG.info("SMS event {} from {} has no text (a picture alone, or empty): nothing to answer", message.eventId(), guest);
            return Outcome.NO_TEXT;
        }
        numberOfThread.accept(threadId, message.from());
        TurnReply reply = askWhenFree(new TurnRequest(casino.get().id(), message.text(), threadId, null, message.eventId()));
        if (reply.guardrail() != null && reply.guardrail().endsSales()) {
            record(casino.get(), message, ConsentEvent.Kind.EXCLUDE, "marketing", CrossChannelExclusion.SOURCE);
            LOG.info("{} excluded from marketing: the {} layer answered", guest, reply.guardrail().wireName());
        }
        if (reply.handledBy() == HandledBy.HOST && reply.reply().isBlank()) {
            LOG.info("SMS event {} passed to the host holding the conversation", message.eventId());
            return Outcome.TO_HOST;
        }
        send(casino.get(), message, SmsText.fit(reply.reply(), maxSegments));
        return reply.handledBy() == HandledBy.HOST ? Outcome.TO_HOST : Outcome.ANSWERED;
    }

    /**
     * A text whose conversation is busy — the guest's previous text still being answered, here or on
     * another instance, or held by an instance that died until its claim lapses — waits for it, for
     * at most {@link #BUSY_WAIT}, rather than spending one of its deliveries; past that it stays
     * queued and is taken again later.
     */
    private TurnReply askWhenFree(TurnRequest request) {
        long deadline = System.nanoTime() + BUSY_WAIT.toNanos();
        while (true) {
            try {
                return concierge.ask(request);
            } catch (TurnInProgressException e) {
                if (System.nanoTime() + e.retryAfter().toNanos() - deadline > 0) {
                    throw e;
                }
                try {
                    Thread.sleep(e.retryAfter());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** The keyword's answer, after recording it; empty when the keyword does not apply (START while subscribed). */
    private Optional<String> keywordReply(CasinoConfig casino, InboundSms message, SmsKeyword keyword, List<ConsentRecord> chain,
            boolean optedOut) {
        return switch (keyword.kind()) {
            case OPT_OUT -> {
                ConsentEvent stop = optOut(casino, message);
                // SmsIntake recorded it before the webhook was acknowledged; a text queued without that record gets it now
                if (chain.stream().noneMatch(record -> record.event().equals(stop))) {
                    consent.append(stop);
                }
                yield Optional.of(SmsReplies.optedOut(casino, keyword.language()));
            }
            case HELP -> {
                record(casino, message, ConsentEvent.Kind.HELP, "all");
                yield Optional.of(SmsReplies.help(casino, keyword.language()));
            }
            case OPT_IN -> {
                // the intake records an opt-out on arrival, so a STOP sent after this START may be in the chain already: it wins
                boolean stoppedSince = chain.stream().anyMatch(record -> record.event().kind() == ConsentEvent.Kind.STOP
                        && record.event().at().isAfter(message.receivedAt()));
                if (!optedOut || stoppedSince) {
                    yield Optional.empty();
                }
                record(casino, message, ConsentEvent.Kind.START, "all");
                yield Optional.of(SmsReplies.optedIn(casino, keyword.language()));
            }
        };
    }

    private void record(CasinoConfig casino, InboundSms message, ConsentEvent.Kind kind, String purpose) {
        record(casino, message, kind, purpose, "sms-keyword");
    }

    /** A consent event; its wording is the keyword itself, or for an exclusion the layer that fired — never the guest's words. */
    private void record(CasinoConfig casino, InboundSms message, ConsentEvent.Kind kind, String purpose, String source) {
        String wording = kind == ConsentEvent.Kind.EXCLUDE ? CrossChannelExclusion.WORDING : message.text();
        consent.append(new ConsentEvent(casino.id(), message.from(), kind, purpose, source, wording, message.receivedAt()));
    }

    /** The STOP record of an opt-out text: the same event whoever records it, so it is recognised when recorded already. */
    static ConsentEvent optOut(CasinoConfig casino, InboundSms message) {
        return new ConsentEvent(casino.id(), message.from(), ConsentEvent.Kind.STOP, "all", "sms-keyword", message.text(),
                message.receivedAt());
    }

    /** The casino with SMS on that lists the number the text was sent to. */
    static Optional<CasinoConfig> casinoOf(CasinoConfigSource casinos, InboundSms message) {
        return casinos.all().stream().filter(c -> c.smsNumbers().contains(message.casinoNumber())).filter(SmsChannel::smsOn).findFirst();
    }

    private void send(CasinoConfig casino, InboundSms message, String text) {
        if (!outbox.intend(message.eventId(), KEEP)) {
            LOG.info("the reply to SMS event {} is already being sent by another worker", message.eventId());
            return;
        }
        String id;
        try {
            id = sender.send(new OutboundSms(message.casinoNumber(), message.from(), text));
        } catch (SmsSenderException e) {
            if (!e.maybeSent()) {
                outbox.forget(message.eventId()); // certainly not sent: the worker's retry sends it
            }
            throw e; // maybe sent: the intent stays, the retry reports it instead of sending twice
        }
        outbox.sent(message.eventId(), id, KEEP);
        LOG.info("answered SMS event {} of {} ({} segments, carrier id {})", message.eventId(), casino.id(), SmsText.segments(text), id);
    }

    /** Whether the casino takes texts: on unless its {@code sms} feature flag is set to false. */
    static boolean smsOn(CasinoConfig casino) {
        return !Boolean.FALSE.equals(casino.features().get("sms"));
    }

    /** A number as keys and logs may name it: the same hash as any record that outlives a guest ({@link GuestData#guestKey}). */
    static String guestKey(CasinoConfig casino, String phone) {
        return GuestData.guestKey(casino.id(), phone);
    }
}
