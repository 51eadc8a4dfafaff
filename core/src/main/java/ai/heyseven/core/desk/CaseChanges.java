package ai.heyseven.core.desk;

import ai.heyseven.ports.conversation.ChatMessage;
import ai.heyseven.ports.desk.CaseMessage;
import ai.heyseven.ports.desk.CaseStatus;
import ai.heyseven.ports.desk.DeskCase;
import ai.heyseven.ports.desk.StaffMember;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

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

    /**
     * The case with the conversation's messages it has not seen yet: those past as many as it holds
     * of the guest's and the agent's (the agent's answer to the message that opened it, and what
     * was said while nobody held it).
     */
    static DeskCase caughtUp(DeskCase c, List<ChatMessage> conversation, UnaryOperator<String> redact, Instant at) {
        long seen = c.transcript().stream().filter(line -> line.author() != CaseMessage.Author.HOST).count();
        if (conversation.size() <= seen) {
            return c;
        }
        List<CaseMessage> transcript = new ArrayList<>(c.transcript());
        conversation.subList((int) seen, conversation.size()).forEach(message -> transcript.add(new CaseMessage(
                message.author() == ChatMessage.Author.GUEST ? CaseMessage.Author.GUEST : CaseMessage.Author.AGENT, "",
                redact.apply(message.text()), at)));
        return new DeskCase(c.caseId(), c.casinoId(), c.threadId(), c.guestId(), c.channel(), c.smsTo(), c.reason(), c.status(),
                c.openedAt(), c.updatedAt(), c.claimedBy(), c.claimedByName(), c.outcome(), c.briefing(), transcript);
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

    /** A resolved case opened again by the same trigger: open, unclaimed, the new briefing, the conversation caught up. */
    static DeskCase reopened(DeskCase resolved, DeskCase fresh, List<ChatMessage> conversation, UnaryOperator<String> redact) {
        DeskCase current = caughtUp(resolved, conversation, redact, fresh.updatedAt());
        return new DeskCase(current.caseId(), current.casinoId(), current.threadId(), current.guestId(), current.channel(),
                fresh.smsTo().or(current::smsTo), current.reason(), CaseStatus.OPEN, current.openedAt(), fresh.updatedAt(),
                Optional.empty(), Optional.empty(), Optional.empty(), fresh.briefing(), current.transcript());
    }

    private static DeskCase status(DeskCase c, CaseStatus status, Optional<String> claimedBy, Optional<String> claimedByName,
            Optional<String> outcome, Instant at) {
        return new DeskCase(c.caseId(), c.casinoId(), c.threadId(), c.guestId(), c.channel(), c.smsTo(), c.reason(), status,
                c.openedAt(), at, claimedBy, claimedByName, outcome, c.briefing(), c.transcript());
    }
}
