package ai.heyseven.adapter.local;

import ai.heyseven.ports.comps.CompPolicy;
import ai.heyseven.ports.comps.CompPolicySource;
import ai.heyseven.ports.comps.PlayerAccount;
import ai.heyseven.ports.comps.PlayerTracking;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The casinos' comps files ({@code comps/{casino}.json}, {@link CompFile}): each casino's comp policy
 * and its player system's accounts, for {@code dev} and tests. A casino without a file offers no comps
 * and knows no players.
 */
public final class CompFiles {
    /** Accounts one casino's file may hold: a sample player system, not a real one. */
    static final int MAX_PLAYERS = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Map<String, CompPolicy> policies = new LinkedHashMap<>();
    private final Map<String, Map<String, PlayerAccount>> players = new LinkedHashMap<>();

    /** Adds the file {@code name} (its text {@code json}) describing {@code casinoId}. */
    CompFiles add(String casinoId, String name, String json) {
        CompFile file;
        try {
            file = JSON.readValue(json, CompFile.class);
        } catch (IOException e) {
            throw new IllegalStateException("comps file " + name + " is invalid: " + e.getMessage(), e);
        }
        if (!casinoId.equals(file.casinoId())) {
            throw new IllegalStateException("comps file " + name + " describes casino '" + file.casinoId() + "', not '" + casinoId + "'");
        }
        try {
            if (file.policy() != null) {
                policies.put(casinoId, file.policy().toPolicy(casinoId));
            }
            Map<String, PlayerAccount> accounts = new HashMap<>();
            if (file.players() != null) {
                if (file.players().size() > MAX_PLAYERS) {
                    throw new IllegalArgumentException(file.players().size() + " players, at most " + MAX_PLAYERS);
                }
                file.players().forEach(player -> accounts.put(player.guestId(), player.toAccount()));
            }
            players.put(casinoId, Map.copyOf(accounts));
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw new IllegalStateException("comps file " + name + " is invalid: " + e.getMessage(), e);
        }
        return this;
    }

    /** The accounts of {@code casinoId}'s file, for seeding another store; empty without one. */
    List<PlayerAccount> accounts(String casinoId) {
        return List.copyOf(players.getOrDefault(casinoId, Map.of()).values());
    }

    /** The comp policies of the files read. */
    public CompPolicySource policies() {
        return new FileCompPolicies(policies);
    }

    /** The player system of the files read. */
    public PlayerTracking players() {
        return new FilePlayerTracking(players);
    }
}
