package ai.heyseven.core.desk;

import ai.heyseven.core.guardrails.PiiRedactor;
import ai.heyseven.ports.audit.AuditEntry;
import ai.heyseven.ports.audit.AuditTrail;
import ai.heyseven.ports.concierge.TurnRequest;
import ai.heyseven.ports.conversation.ChatMessage;
import ai.heyseven.ports.conversation.Checkpoint;
import ai.heyseven.ports.conversation.CheckpointStore;
import ai.heyseven.ports.desk.CaseMessage;
import ai.heyseven.ports.desk.CaseStatus;
import ai.heyseven.ports.desk.CaseStore;
import ai.heyseven.ports.desk.DeskCase;
import ai.heyseven.ports.desk.GuestChannel;
import ai.heyseven.ports.desk.HostDesk;
import ai.heyseven.ports.desk.StaffMember;
import ai.heyseven.ports.sms.CasinoSms;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link HostDesk} over the case store: every check of who may do what is made inside the
 * store's atomic change, so two hosts on two instances never both hold a case; every action is in
 * the audit trail under the member's id, never with a message's words.
 */
public final class CaseDesk implements HostDesk {
    private static final Logger LOG = LoggerFactory.getLogger(CaseDesk.class);
    /** The most cases one listing returns. */
    static final int MAX_LISTED = 200;
    /** The most changes one poll of the live queue returns. */
    static final int MAX_CHANGES = 500;
    /** The longest outcome a host records. */
    static final int MAX_OUTCOME = 1_000;

    private final CaseStore cases;
    private final CheckpointStore checkpoints;
    private final PiiRedactor redactor = PiiRedactor.standard();
    private final AuditTrail audit;
    private final GuestTexts texts;
    private final Clock clock;
    private final HostPresences presences;

    /** {@code checkpoints} bring a case's transcript up to date when a host reads or claims it. */
    public CaseDesk(CaseStore cases, CheckpointStore checkpoints, AuditTrail audit, GuestTexts texts, Clock clock) {
        this.cases = cases;
        this.checkpoints = checkpoints;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
        this.presences = new HostPresences(cases);
    }

    @Override
    public List<DeskCase> cases(StaffMember staff, String casinoId, Optional<CaseStatus> status) {
        return cases.list(casinoId, status, MAX_LISTED).stream().filter(c -> staff.sees(c.reason(), casinoId)).toList();
    }

    @Override
    public Optional<DeskCase> get(StaffMember staff, String casinoId, String caseId) {
        return visible(staff, casinoId, caseId).map(c -> CaseChanges.caughtUp(c, conversation(c), redactor::redact, clock.instant()));
    }

    @Override
    public Optional<DeskCase> claim(StaffMember staff, String casinoId, String caseId) {
        return visible(staff, casinoId, caseId).flatMap(seen -> {
            if (CaseChanges.heldBy(seen, staff)) {
                return Optional.of(seen); // a second click, or a retry: nothing changes, nothing to record
            }
            List<ChatMessage> conversation = conversation(seen);
            Instant now = clock.instant();
            return act(staff, seen, "case.claimed",
                    c -> CaseChanges.claimed(CaseChanges.caughtUp(c, conversation, redactor::redact, now), staff, now));
        });
    }

    @Override
    public Optional<DeskCase> reply(StaffMember staff, String casinoId, String caseId, String text) {
        String words = text == null ? "" : text.strip();
        if (words.isEmpty() || words.length() > TurnRequest.MAX_MESSAGE_LENGTH) {
            throw new IllegalArgumentException("a reply has 1 to " + TurnRequest.MAX_MESSAGE_LENGTH + " characters");
        }
        return visible(staff, casinoId, caseId).flatMap(seen -> {
            CaseChanges.requireHolder(seen, staff);
            if (seen.channel() == GuestChannel.SMS) {
                texts.requireAllowed(casinoId, seen.smsTo().orElseThrow(() ->
                        new CasinoSms.NotAllowedException("the guest's number is not known to this case: reply by another channel")));
            }
            CaseMessage line = new CaseMessage(CaseMessage.Author.HOST, staff.name(), words, clock.instant());
            Optional<DeskCase> replied = act(staff, seen, "case.replied", c -> CaseChanges.withLine(CaseChanges.requireHolder(c, staff), line));
            replied.filter(c -> c.channel() == GuestChannel.SMS).ifPresent(c -> texts.send(casinoId, c.smsTo().orElseThrow(), words,
                    c.caseId() + ":" + line.at().toEpochMilli() + ":" + c.transcript().size()));
            return replied;
        });
    }

    @Override
    public Optional<DeskCase> release(StaffMember staff, String casinoId, String caseId) {
        return visible(staff, casinoId, caseId)
                .flatMap(seen -> act(staff, seen, "case.released", c -> CaseChanges.released(c, staff, clock.instant())));
    }

    @Override
    public Optional<DeskCase> resolve(StaffMember staff, String casinoId, String caseId, String outcome) {
        String recorded = outcome == null ? "" : outcome.strip();
        if (recorded.isEmpty() || recorded.length() > MAX_OUTCOME) {
            throw new IllegalArgumentException("an outcome has 1 to " + MAX_OUTCOME + " characters");
        }
        return visible(staff, casinoId, caseId)
                .flatMap(seen -> act(staff, seen, "case.resolved", c -> CaseChanges.resolved(c, staff, recorded, clock.instant())));
    }

    @Override
    public List<DeskCase> changedSince(StaffMember staff, String casinoId, Instant since) {
        return cases.changedSince(since, MAX_CHANGES).stream()
                .filter(c -> c.casinoId().equals(casinoId) && staff.sees(c.reason(), casinoId))
                .toList();
    }

    @Override
    public HostPresence presence(String casinoId, String threadId, Instant since) {
        return presences.of(casinoId, threadId, since);
    }

    /** The conversation as its checkpoint holds it; none when it is gone (erased, or expired in {@code dev}). */
    private List<ChatMessage> conversation(DeskCase c) {
        return checkpoints.latest(c.threadId()).filter(checkpoint -> checkpoint.casinoId().equals(c.casinoId()))
                .map(Checkpoint::messages).orElse(List.of());
    }

    private Optional<DeskCase> visible(StaffMember staff, String casinoId, String caseId) {
        return cases.get(casinoId, caseId).filter(c -> staff.sees(c.reason(), casinoId));
    }

    /** Changes a case the member may see, atomically, and records who did it. */
    private Optional<DeskCase> act(StaffMember staff, DeskCase seen, String action, UnaryOperator<DeskCase> change) {
        Optional<DeskCase> changed = cases.update(seen.casinoId(), seen.caseId(), change);
        changed.ifPresent(c -> {
            audit.record(new AuditEntry(c.casinoId(), action, "case:" + c.caseId(), staff.id(), clock.instant()));
            LOG.info("{} {} of {} by {}", action, c.caseId(), c.casinoId(), staff.id());
        });
        return changed;
    }
}
