package ai.heyseven.core.desk;

import ai.heyseven.ports.desk.CaseMessage;
import ai.heyseven.ports.desk.CaseStatus;
import ai.heyseven.ports.desk.CaseStore;
import ai.heyseven.ports.desk.DeskCase;
import java.time.Clock;
import java.util.Optional;

/**
 * The turn path's view of the desk: whether a host holds a conversation, and the guest's lines (and
 * the guardrail's, when one still speaks) added to the case the host holds.
 */
public final class HeldConversations {
    private final CaseStore cases;
    private final Clock clock;

    public HeldConversations(CaseStore cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    /** The case whose host holds {@code threadId}, if one does. */
    public Optional<DeskCase> held(String casinoId, String threadId) {
        return cases.heldThread(casinoId, threadId);
    }

    /**
     * Adds what the guest wrote (redacted already) to the case, while it is still held; and the
     * agent's line, when the guardrail still answered.
     *
     * @return false when the host let go meanwhile
     */
    public boolean add(DeskCase held, String guestWords, Optional<String> agentWords) {
        CaseMessage guest = new CaseMessage(CaseMessage.Author.GUEST, "", guestWords, clock.instant());
        return cases.update(held.casinoId(), held.caseId(), c -> {
            if (c.status() != CaseStatus.CLAIMED) {
                return c;
            }
            DeskCase withGuest = CaseChanges.withLine(c, guest);
            return agentWords.map(words -> CaseChanges.withLine(withGuest, new CaseMessage(CaseMessage.Author.AGENT, "", words,
                    guest.at()))).orElse(withGuest);
        }).filter(c -> c.status() == CaseStatus.CLAIMED).isPresent();
    }
}
