package ai.heyseven.core.desk;

import ai.heyseven.ports.desk.CaseMessage;
import ai.heyseven.ports.desk.CaseStatus;
import ai.heyseven.ports.desk.DeskCase;
import ai.heyseven.ports.desk.StaffMember;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The changes a case goes through, each a new case (the store keeps whichever it is given). */
final class CaseChanges {
    private CaseChanges() {
    }

    static DeskCase withLine(DeskCase c, CaseMessage line) {
        List<CaseMessage> transcript = new ArrayList<>(c.transcript());
        transcript.add(line);
        return new DeskCase(c.caseId(), c.casinoId(), c.threadId(), c.guestId(), c.channel(), c.smsTo(), c.reason(), c.status(),
                c.openedAt(), line.at(), c.claimedBy(), c.claimedByName(), c.outcome(), c.briefing(), transcript);
    }

    static DeskCase claimed(DeskCase c, StaffMember staff, Instant at) {
        return status(c, CaseStatus.CLAIMED, Optional.of(staff.id()), Optional.of(staff.name()), c.outcome(), at);
    }

    static DeskCase released(DeskCase c, Instant at) {
        return status(c, CaseStatus.OPEN, Optional.empty(), Optional.empty(), c.outcome(), at);
    }

    /** Resolved, naming who resolved it. */
    static DeskCase resolved(DeskCase c, StaffMember staff, String outcome, Instant at) {
        return status(c, CaseStatus.RESOLVED, Optional.of(staff.id()), Optional.of(staff.name()), Optional.of(outcome), at);
    }

    /** A resolved case opened again by the same trigger: open, unclaimed, the new briefing, the new trigger's last line added. */
    static DeskCase reopened(DeskCase resolved, DeskCase fresh) {
        List<CaseMessage> transcript = new ArrayList<>(resolved.transcript());
        if (!fresh.transcript().isEmpty()) {
            transcript.add(fresh.transcript().get(fresh.transcript().size() - 1));
        }
        return new DeskCase(resolved.caseId(), resolved.casinoId(), resolved.threadId(), resolved.guestId(), resolved.channel(),
                fresh.smsTo().or(resolved::smsTo), resolved.reason(), CaseStatus.OPEN, resolved.openedAt(), fresh.updatedAt(),
                Optional.empty(), Optional.empty(), Optional.empty(), fresh.briefing(), transcript);
    }

    private static DeskCase status(DeskCase c, CaseStatus status, Optional<String> claimedBy, Optional<String> claimedByName,
            Optional<String> outcome, Instant at) {
        return new DeskCase(c.caseId(), c.casinoId(), c.threadId(), c.guestId(), c.channel(), c.smsTo(), c.reason(), status,
                c.openedAt(), at, claimedBy, claimedByName, outcome, c.briefing(), c.transcript());
    }
}
