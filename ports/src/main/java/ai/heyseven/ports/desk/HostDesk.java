package ai.heyseven.ports.desk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The driving port of the host desk: what staff do with cases, and what a guest's page sees of a
 * host. Every staff action is checked against the member's roles at the case's casino (a case the
 * member may not see is reported as absent, never as forbidden) and written to the audit trail.
 */
public interface HostDesk {

    /** The newest cases of a casino the member may see, with {@code status} (any when empty), newest first. */
    List<DeskCase> cases(StaffMember staff, String casinoId, Optional<CaseStatus> status);

    /** The case, when it exists and the member may see it. */
    Optional<DeskCase> get(StaffMember staff, String casinoId, String caseId);

    /**
     * Takes the conversation over: from now the agent does not answer it, the guest's messages go
     * to this member, and the member's replies to the guest. Claiming a case one already holds is a no-op.
     *
     * @throws CaseConflictException when another member holds it, or it is resolved
     */
    Optional<DeskCase> claim(StaffMember staff, String casinoId, String caseId);

    /**
     * Sends {@code text} to the guest on the guest's channel (web page or SMS, within the consent rules).
     *
     * @throws CaseConflictException when the member does not hold the case
     * @throws IllegalArgumentException for a blank text or one over the chat's message limit
     */
    Optional<DeskCase> reply(StaffMember staff, String casinoId, String caseId, String text);

    /**
     * Hands the conversation back to the agent; the case stays open for another host.
     *
     * @throws CaseConflictException when the member does not hold the case
     */
    Optional<DeskCase> release(StaffMember staff, String casinoId, String caseId);

    /**
     * Closes the case with {@code outcome}; the agent answers the conversation again.
     *
     * @throws CaseConflictException when another member holds it
     */
    Optional<DeskCase> resolve(StaffMember staff, String casinoId, String caseId, String outcome);

    /** Cases of the casino the member may see changed after {@code since}, oldest change first: the live queue. */
    List<DeskCase> changedSince(StaffMember staff, String casinoId, Instant since);

    /**
     * What a guest's page shows of a host in its conversation: the host holding it (if any) and
     * the host's messages after {@code since}. Reveals nothing else of the case.
     */
    HostPresence presence(String casinoId, String threadId, Instant since);

    /**
     * A guest's view of the desk.
     *
     * @param hostName the display name of the host holding the conversation; empty when none does
     * @param messages the host's messages after the time asked for, oldest first
     */
    record HostPresence(Optional<String> hostName, List<CaseMessage> messages) {
        public HostPresence {
            java.util.Objects.requireNonNull(hostName, "hostName");
            messages = List.copyOf(messages);
        }
    }
}
