package ai.heyseven.core.desk;

import ai.heyseven.ports.audit.AuditEntry;
import ai.heyseven.ports.audit.AuditTrail;
import ai.heyseven.ports.concierge.TurnRequest;
import ai.heyseven.ports.desk.CaseConflictException;
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
    private final AuditTrail audit;
    private final GuestTexts texts;
    private final Clock clock;

    public CaseDesk(CaseStore cases, AuditTrail audit, GuestTexts texts, Clock clock) {
        this.cases = cases;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public List<DeskCase> cases(StaffMember staff, String casinoId, Optional<CaseStatus> status) {
        return cases.list(casinoId, status, MAX_LISTED).stream().filter(c -> staff.sees(c.reason(), casinoId)).toList();
    }

    @Override
    public Optional<DeskCase> get(StaffMember staff, String casinoId, String caseId) {
        return visible(staff, casinoId, caseId);
    }

    @Override
    public Optional<DeskCase> claim(StaffMember staff, String casinoId, String caseId) {
        Optional<DeskCase> mine = visible(staff, casinoId, caseId)
                .filter(c -> c.status() == CaseStatus.CLAIMED && c.claimedBy().equals(Optional.of(staff.id())));
        if (mine.isPresent()) {
            return mine; // a second click, or a retry: nothing changes, nothing to record
        }
        return act(staff, casinoId, caseId, "case.claimed", c -> {
            if (c.status() == CaseStatus.RESOLVED) {
                throw new CaseConflictException("case " + caseId + " is resolved");
            }
            if (c.status() == CaseStatus.CLAIMED) {
                if (c.claimedBy().equals(Optional.of(staff.id()))) {
                    return c;
                }
                throw new CaseConflictException("case " + caseId + " is held by " + c.claimedByName().orElse("another host"));
            }
            return CaseChanges.claimed(c, staff, clock.instant());
        });
    }

    @Override
    public Optional<DeskCase> reply(StaffMember staff, String casinoId, String caseId, String text) {
        String words = text == null ? "" : text.strip();
        if (words.isEmpty() || words.length() > TurnRequest.MAX_MESSAGE_LENGTH) {
            throw new IllegalArgumentException("a reply has 1 to " + TurnRequest.MAX_MESSAGE_LENGTH + " characters");
        }
        Optional<DeskCase> held = visible(staff, casinoId, caseId);
        if (held.isEmpty()) {
            return held;
        }
        requireHolder(held.get(), staff);
        if (held.get().channel() == GuestChannel.SMS) {
            texts.requireAllowed(casinoId, held.get().smsTo().orElseThrow(() ->
                    new CasinoSms.NotAllowedException("the guest's number is not known to this case: reply by another channel")));
        }
        Instant at = clock.instant();
        CaseMessage line = new CaseMessage(CaseMessage.Author.HOST, staff.name(), words, at);
        Optional<DeskCase> replied = act(staff, casinoId, caseId, "case.replied", c -> CaseChanges.withLine(requireHolder(c, staff), line));
        replied.filter(c -> c.channel() == GuestChannel.SMS).ifPresent(c ->
                texts.send(casinoId, c.smsTo().orElseThrow(), words, c.caseId() + ":" + at.toEpochMilli() + ":" + c.transcript().size()));
        return replied;
    }

    @Override
    public Optional<DeskCase> release(StaffMember staff, String casinoId, String caseId) {
        return act(staff, casinoId, caseId, "case.released", c -> CaseChanges.released(requireHolder(c, staff), clock.instant()));
    }

    @Override
    public Optional<DeskCase> resolve(StaffMember staff, String casinoId, String caseId, String outcome) {
        String recorded = outcome == null ? "" : outcome.strip();
        if (recorded.isEmpty() || recorded.length() > MAX_OUTCOME) {
            throw new IllegalArgumentException("an outcome has 1 to " + MAX_OUTCOME + " characters");
        }
        return act(staff, casinoId, caseId, "case.resolved", c -> {
            if (c.status() == CaseStatus.RESOLVED) {
                throw new CaseConflictException("case " + caseId + " is resolved already");
            }
            if (c.status() == CaseStatus.CLAIMED && !c.claimedBy().equals(Optional.of(staff.id()))) {
                throw new CaseConflictException("case " + caseId + " is held by " + c.claimedByName().orElse("another host"));
            }
            return CaseChanges.resolved(c, staff, recorded, clock.instant());
        });
    }

    @Override
    public List<DeskCase> changedSince(StaffMember staff, String casinoId, Instant since) {
        return cases.changedSince(since, MAX_CHANGES).stream()
                .filter(c -> c.casinoId().equals(casinoId) && staff.sees(c.reason(), casinoId))
                .toList();
    }

    @Override
    public HostPresence presence(String casinoId, String threadId, Instant since) {
        return cases.heldThread(casinoId, threadId)
                .map(held -> new HostPresence(held.claimedByName(), held.transcript().stream()
                        .filter(line -> line.author() == CaseMessage.Author.HOST && line.at().isAfter(since))
                        .toList()))
                .orElseGet(() -> new HostPresence(Optional.empty(), List.of()));
    }

    private Optional<DeskCase> visible(StaffMember staff, String casinoId, String caseId) {
        return cases.get(casinoId, caseId).filter(c -> staff.sees(c.reason(), casinoId));
    }

    /** Changes a case the member may see, atomically, and records who did it. */
    private Optional<DeskCase> act(StaffMember staff, String casinoId, String caseId, String action, UnaryOperator<DeskCase> change) {
        if (visible(staff, casinoId, caseId).isEmpty()) {
            return Optional.empty();
        }
        Optional<DeskCase> changed = cases.update(casinoId, caseId, change);
        changed.ifPresent(c -> {
            audit.record(new AuditEntry(casinoId, action, "case:" + caseId, staff.id(), clock.instant()));
            LOG.info("{} {} of {} by {}", action, caseId, casinoId, staff.id());
        });
        return changed;
    }

    private static DeskCase requireHolder(DeskCase c, StaffMember staff) {
        if (c.status() != CaseStatus.CLAIMED || !c.claimedBy().equals(Optional.of(staff.id()))) {
            throw new CaseConflictException("case " + c.caseId() + " is not held by " + staff.name() + ": claim it first");
        }
        return c;
    }
}
