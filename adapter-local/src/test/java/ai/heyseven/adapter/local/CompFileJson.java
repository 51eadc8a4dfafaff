package ai.heyseven.adapter.local;

import ai.heyseven.ports.comps.CompPolicy;
import ai.heyseven.ports.comps.PlayerAccount;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a comps file as a casino would ({@code docs/comps.md}), from the records the contracts use. */
final class CompFileJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CompFileJson() {
    }

    static String of(String casinoId, CompPolicy policy, List<PlayerAccount> players) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("casino_id", casinoId);
        if (policy != null) {
            Map<String, Object> multipliers = new LinkedHashMap<>();
            policy.occasionMultipliers().forEach((occasion, multiplier) -> multipliers.put(occasion.wireName(), multiplier));
            file.put("policy", Map.of("currency", policy.currency(), "approval_above", policy.approvalAbove(),
                    "occasion_multipliers", multipliers, "tiers", policy.tiers().stream().map(row -> {
                        Map<String, Object> comps = new LinkedHashMap<>();
                        row.amounts().forEach((kind, amount) -> comps.put(kind.wireName(), amount));
                        return Map.of("tier", row.tier(), "minimum_theoretical", row.minimumTheoretical(), "comps", comps);
                    }).toList()));
        }
        file.put("players", players.stream().map(player -> Map.of("guest_id", player.guestId(), "tier", player.tier(),
                "average_daily_theoretical", player.averageDailyTheoretical(), "points", player.points(),
                "comp_balance", player.compBalance(), "trips", player.trips().stream().map(trip -> Map.of(
                        "arrived", trip.arrived().toString(), "departed", trip.departed().toString(),
                        "theoretical", trip.theoretical())).toList())).toList());
        try {
            return JSON.writeValueAsString(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
