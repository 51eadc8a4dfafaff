package ai.heyseven.core.desk;

import ai.heyseven.ports.conversation.ChatMessage;
import ai.heyseven.ports.desk.CaseConflictException;
import ai.heyseven.ports.desk.CaseMessage;
import ai.heyseven.ports.desk.CaseStatus;
import ai.heyseven.ports.desk.DeskCase;
import ai.heyseven.ports.desk.StaffMember;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The changes a case goes through, each a new case (the store keeps whichever it is given), each
 * refused with a {@link CaseConflictException} when the case's state forbids it. They run inside the
 * store's atomic change, so the check and the change are one, fleet-wide.
 */
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

    /** Held by {@code staff}; unchanged when it holds it already. */
    static DeskCase claimed(DeskCase c, StaffMember staff, Instant at) {
        if (heldBy(c, staff)) {
            return c;
        }
        requireNotHeldByAnother(requireUnresolved(c), staff);
        return status(c, CaseStatus.CLAIMED, Optional.of(staff.id()), Optional.of(staff.name()), c.outcome(), at);
    }

    /** Back to the agent; only its holder lets it go. */
    static DeskCase released(DeskCase c, StaffMember staff, Instant at) {
        return status(requireHolder(c, staff), CaseStatus.OPEN, Optional.empty(), Optional.empty(), c.outcome(), at);
    }

    /** Resolved, naming who resolved it: its holder, or anyone while nobody holds it. */
    static DeskCase resolved(DeskCase c, StaffMember staff, String outcome, Instant at) {
        requireNotHeldByAnother(requireUnresolved(c), staff);
        return status(c, CaseStatus.RESOLVED, Optional.of(staff.id()), Optional.of(staff.name()), Optional.of(outcome), at);
    }

    static boolean heldBy(DeskCase c, StaffMember staff) {
        return c.status() == CaseStatus.CLAIMED && c.claimedBy().equals(Optional.of(staff.id()));
    }

    static DeskCase requireHolder(DeskCase c, StaffMember staff) {
        if (!heldBy(c, staff)) {
            throw new CaseConflictException("case " + c.caseId() + " is not held by " + staff.name() + ": claim it first");
        }
        return c;
    }

    private static DeskCase requireUnresolved(DeskCase c) {
        if (c.status() == CaseStatus.RESOLVED) {
            throw new CaseConflictException("case " + c.caseId() + " is resolved");
        }
        return c;
    }

    private static void requireNotHeldByAnother(DeskCase c, StaffMember staff) {
        if (c.status() == CaseStatus.CLAIMED && !heldBy(c, staff)) {
            throw new CaseConflictException("case " + c.caseId() + " is held by " + c.claimedByName().orElse("another host"));
        }
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
