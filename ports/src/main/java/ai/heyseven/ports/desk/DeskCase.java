package ai.heyseven.ports.desk;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A case on the host desk: one per conversation and reason.
 *
 * @param caseId stable for its casino, thread and reason (opening it twice finds the same case)
 * @param guestId the web guest, when known (an erase removes the guest's cases)
 * @param smsTo the guest's number in E.164 for an SMS conversation (where a host's reply goes); empty on the web
 * @param updatedAt the last change, which the desk's live queue follows
 * @param claimedBy the staff id of the host holding the conversation, while {@link CaseStatus#CLAIMED}
 * @param claimedByName that host's display name, as the guest sees it
 * @param outcome what the host recorded on resolving it
 * @param transcript the conversation so far, redacted, oldest first, at most {@link #MAX_TRANSCRIPT} lines (the newest kept)
 */
public record DeskCase(
        String caseId,
        String casinoId,
        String threadId,
        Optional<String> guestId,
        GuestChannel channel,
        Optional<String> smsTo,
        CaseReason reason,
        CaseStatus status,
        Instant openedAt,
        Instant updatedAt,
        Optional<String> claimedBy,
        Optional<String> claimedByName,
        Optional<String> outcome,
        Briefing briefing,
        List<CaseMessage> transcript) {

    /** Transcript lines a case keeps. */
    public static final int MAX_TRANSCRIPT = 200;

    public DeskCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(casinoId, "casinoId");
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(guestId, "guestId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(smsTo, "smsTo");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(claimedBy, "claimedBy");
        Objects.requireNonNull(claimedByName, "claimedByName");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(briefing, "briefing");
        transcript = transcript.size() > MAX_TRANSCRIPT
                ? List.copyOf(transcript.subList(transcript.size() - MAX_TRANSCRIPT, transcript.size()))
                : List.copyOf(transcript);
    }
}
