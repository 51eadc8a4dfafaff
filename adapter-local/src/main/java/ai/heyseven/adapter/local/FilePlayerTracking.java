package ai.heyseven.adapter.local;

import ai.heyseven.ports.comps.PlayerAccount;
import ai.heyseven.ports.comps.PlayerTracking;
import java.util.Map;
import java.util.Optional;

/** The sample player system: accounts read once from the casinos' comps files ({@link CompFiles}), never changed. */
final class FilePlayerTracking implements PlayerTracking {
    private final Map<String, Map<String, PlayerAccount>> byCasino;

    FilePlayerTracking(Map<String, Map<String, PlayerAccount>> byCasino) {
        this.byCasino = Map.copyOf(byCasino);
    }

    @Override
    public Optional<PlayerAccount> account(String casinoId, String guestId) {
        return Optional.ofNullable(byCasino.getOrDefault(casinoId, Map.of()).get(guestId));
    }
}
