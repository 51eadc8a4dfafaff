package ai.heyseven.ports.casino;

import java.util.List;
import java.util.Optional;

/** Where casino configurations come from (files, Firestore). */
public interface CasinoConfigSource {

    /** The configuration of {@code casinoId}, if the casino exists. */
    Optional<CasinoConfig> find(String casinoId);

    /** Every configured casino. */
    List<CasinoConfig> all();
}
