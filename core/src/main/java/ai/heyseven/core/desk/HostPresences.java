package ai.heyseven.core.desk;

import ai.heyseven.ports.desk.CaseMessage;
import ai.heyseven.ports.desk.CaseReason;
import ai.heyseven.ports.desk.CaseStore;
import ai.heyseven.ports.desk.DeskCase;
import ai.heyseven.ports.desk.HostDesk.HostPresence;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a guest's page sees of the desk: the host holding the conversation and the host's lines. A
 * host's last lines written just before letting go are still shown: without a holder, the
 * conversation's cases are found by their ids (one per reason).
 */
final class HostPresences {
    private final CaseStore cases;

    HostPresences(CaseStore cases) {
        this.cases = cases;
    }

    HostPresence of(String casinoId, String threadId, Instant since) {
        Optional<DeskCase> held = cases.heldThread(casinoId, threadId);
        List<DeskCase> theirs = held.map(List::of).orElseGet(() -> Arrays.stream(CaseReason.values())
                .map(reason -> cases.get(casinoId, CaseIds.of(casinoId, threadId, reason)))
                .flatMap(Optional::stream)
                .toList());
        List<CaseMessage> lines = theirs.stream().flatMap(c -> c.transcript().stream())
                .filter(line -> line.author() == CaseMessage.Author.HOST && line.at().isAfter(since))
                .sorted(Comparator.comparing(CaseMessage::at))
                .toList();
        return new HostPresence(held.flatMap(DeskCase::claimedByName), lines);
    }
}
