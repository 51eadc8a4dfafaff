package ai.heyseven.core.desk;

import ai.heyseven.core.guardrails.PiiRedactor;
import ai.heyseven.ports.BackendException;
import ai.heyseven.ports.audit.AuditEntry;
import ai.heyseven.ports.audit.AuditTrail;
import ai.heyseven.ports.conversation.ChatMessage;
import ai.heyseven.ports.conversation.Checkpoint;
import ai.heyseven.ports.conversation.CheckpointStore;
import ai.heyseven.ports.desk.CaseAlerts;
import ai.heyseven.ports.desk.CaseMessage;
import ai.heyseven.ports.desk.CaseReason;
import ai.heyseven.ports.desk.CaseStatus;
import ai.heyseven.ports.desk.CaseStore;
import ai.heyseven.ports.desk.CaseStoreException;
import ai.heyseven.ports.desk.DeskCase;
import ai.heyseven.ports.desk.GuestChannel;
import ai.heyseven.ports.guest.GuestProfile;
import ai.heyseven.ports.guest.GuestProfileStore;
import ai.heyseven.ports.telemetry.Measurement;
import ai.heyseven.ports.telemetry.Telemetry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the case of a trigger, once per conversation and reason: a second trigger finds the case the
 * first opened (whichever instance opened it), and a resolved one is opened again. A new urgent case
 * is announced once. Every opening is in the audit trail, with the agent as its actor.
 */
public final class CaseOpener {
    private static final Logger LOG = LoggerFactory.getLogger(CaseOpener.class);
    /** Who opening a case is recorded as. */
    static final String ACTOR = "agent";
    /** An SMS conversation's thread id starts with it. */
    static final String SMS_THREAD = "sms-";

    private final CaseStore cases;
    private final CheckpointStore checkpoints;
    private final Optional<GuestProfileStore> profiles;
    private final AuditTrail audit;
    private final SmsNumbers numbers;
    private final CaseAlerts alerts;
    private final Telemetry telemetry;
    private final Clock clock;
    private final Briefings briefings = new Briefings();
    private final PiiRedactor redactor = PiiRedactor.standard();

    /**
     * @param alerts told of each new urgent case (the casino's outbound webhook); its failure is logged, never the opening's
     * @param telemetry counts each opening by reason and channel
     */
    public CaseOpener(CaseStore cases, CheckpointStore checkpoints, Optional<GuestProfileStore> profiles, AuditTrail audit,
            SmsNumbers numbers, CaseAlerts alerts, Telemetry telemetry, Clock clock) {
        this.cases = cases;
        this.checkpoints = checkpoints;
        this.profiles = profiles;
        this.audit = audit;
        this.numbers = numbers;
        this.alerts = alerts;
        this.telemetry = telemetry;
        this.clock = clock;
    }

    /**
     * The case of {@code trigger}, written or found; empty when the store failed (logged as an error),
     * and then the guest must not be told a host was asked.
     */
    public Optional<DeskCase> open(CaseTrigger trigger) {
        try {
            return Optional.of(record(trigger));
        } catch (BackendException e) {
            LOG.error("could not open the {} case of {} thread {}; no host was asked", trigger.reason().wireName(), trigger.casinoId(),
                    trigger.threadId(), e);
            return Optional.empty();
        }
    }

    /**
     * The case of a trigger outside the graph (a tool, a rating): the conversation and profile are read from their stores.
     *
     * @throws BackendException when the case could not be written
     */
    public DeskCase recordFromConversation(String casinoId, String threadId, String guestId, CaseReason reason, String detail) {
        List<ChatMessage> messages = checkpoints.latest(threadId).map(Checkpoint::messages).orElse(List.of());
        return record(new CaseTrigger(casinoId, threadId, guestId, reason, detail, messages, facts(casinoId, guestId), redactor));
    }

    /**
     * The case of {@code trigger}, written or found.
     *
     * @throws BackendException when the store failed
     */
    public DeskCase record(CaseTrigger trigger) {
        DeskCase fresh = fresh(trigger, clock.instant());
        if (cases.create(fresh)) {
            opened(fresh, "case.opened");
            if (fresh.reason().urgent()) {
                tell(fresh);
            }
            return fresh;
        }
        DeskCase found = cases.get(fresh.casinoId(), fresh.caseId())
                .orElseThrow(() -> new CaseStoreException("case " + fresh.caseId() + " was there on create but not on read", null));
        if (found.status() != CaseStatus.RESOLVED) {
            return found;
        }
        DeskCase reopened = cases.update(fresh.casinoId(), fresh.caseId(),
                        stored -> stored.status() == CaseStatus.RESOLVED
                                ? CaseChanges.reopened(stored, fresh, trigger.messages(), trigger.redactor()::redact) : stored)
                .orElseThrow(() -> new CaseStoreException("case " + fresh.caseId() + " vanished while it was reopened", null));
        opened(reopened, "case.reopened");
        return reopened;
    }

    private DeskCase fresh(CaseTrigger trigger, Instant now) {
        boolean sms = trigger.threadId().startsWith(SMS_THREAD);
        List<CaseMessage> transcript = trigger.messages().stream()
                .map(message -> new CaseMessage(message.author() == ChatMessage.Author.GUEST ? CaseMessage.Author.GUEST
                        : CaseMessage.Author.AGENT, "", trigger.redactor().redact(message.text()), now))
                .toList();
        return new DeskCase(CaseIds.of(trigger.casinoId(), trigger.threadId(), trigger.reason()), trigger.casinoId(),
                trigger.threadId(), Optional.ofNullable(trigger.guestId()), sms ? GuestChannel.SMS : GuestChannel.WEB,
                sms ? numbers.of(trigger.threadId()) : Optional.empty(), trigger.reason(), CaseStatus.OPEN, now, now,
                Optional.empty(), Optional.empty(), Optional.empty(), briefings.of(trigger), transcript);
    }

    private void opened(DeskCase opened, String action) {
        audit.record(new AuditEntry(opened.casinoId(), action, "case:" + opened.caseId(), ACTOR, opened.updatedAt()));
        telemetry.record(new Measurement.CaseOpened(opened.reason().wireName(), opened.channel().wireName()));
        LOG.info("{} case {} of {} ({})", action, opened.caseId(), opened.casinoId(), opened.reason().wireName());
    }

    private void tell(DeskCase urgent) {
        try {
            alerts.opened(urgent);
        } catch (RuntimeException e) {
            LOG.error("the urgent case {} of {} was opened but the casino was not alerted", urgent.caseId(), urgent.casinoId(), e);
        }
    }

    private Map<String, String> facts(String casinoId, String guestId) {
        if (guestId == null || profiles.isEmpty()) {
            return Map.of();
        }
        try {
            return profiles.get().find(casinoId, guestId).map(GuestProfile::fields).orElse(Map.of()).entrySet().stream()
                    .collect(Collectors.toMap(field -> field.getKey().wireName(), field -> field.getValue().value()));
        } catch (BackendException e) {
            LOG.warn("the case's briefing goes without the guest's profile: {}", e.getMessage());
            return Map.of();
        }
    }
}
