package ai.heyseven.adapter.local;

import ai.heyseven.ports.comps.CompKind;
import ai.heyseven.ports.comps.CompPolicy;
import ai.heyseven.ports.comps.Occasion;
import ai.heyseven.ports.comps.PlayerAccount;
import ai.heyseven.ports.comps.TierComps;
import ai.heyseven.ports.comps.Trip;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a casino's comps file, {@code comps/{casino}.json} beside its property file: the comp
 * policy and the player system's accounts (snake_case, as the Firestore documents; {@code docs/comps.md}):
 * <pre>{@code
 * {"casino_id": "aurora-palms",
 *  "policy": {"currency": "USD", "approval_above": 300, "occasion_multipliers": {"anniversary": 1.25},
 *             "tiers": [{"tier": "Gold", "minimum_theoretical": 150, "comps": {"room_night": 200}}]},
 *  "players": [{"guest_id": "g-gold", "tier": "Gold", "average_daily_theoretical": 400, "points": 12000,
 *               "comp_balance": 180, "trips": [{"arrived": "2026-09-12", "departed": "2026-09-14", "theoretical": 900}]}]}
 * }</pre>
 */
record CompFile(@JsonProperty("casino_id") String casinoId, Policy policy, List<Player> players) {

    record Policy(String currency, @JsonProperty("approval_above") long approvalAbove,
            @JsonProperty("occasion_multipliers") Map<String, Double> occasionMultipliers, List<Row> tiers) {

        CompPolicy toPolicy(String casinoId) {
            Map<Occasion, Double> multipliers = new EnumMap<>(Occasion.class);
            if (occasionMultipliers != null) {
                occasionMultipliers.forEach((name, multiplier) -> multipliers.put(Occasion.fromWireName(name)
                        .orElseThrow(() -> new IllegalArgumentException("unknown occasion '" + name + "'")), multiplier));
            }
            return new CompPolicy(casinoId, currency, tiers == null ? List.of() : tiers.stream().map(Row::toTier).toList(), multipliers,
                    approvalAbove);
        }
    }

    record Row(String tier, @JsonProperty("minimum_theoretical") long minimumTheoretical, Map<String, Long> comps) {
        TierComps toTier() {
            Map<CompKind, Long> amounts = new EnumMap<>(CompKind.class);
            if (comps != null) {
                comps.forEach((name, amount) -> amounts.put(CompKind.fromWireName(name)
                        .orElseThrow(() -> new IllegalArgumentException("tier " + tier + ": unknown comp kind '" + name + "'")), amount));
            }
            return new TierComps(tier, minimumTheoretical, amounts);
        }
    }

    record Player(@JsonProperty("guest_id") String guestId, String tier,
            @JsonProperty("average_daily_theoretical") long averageDailyTheoretical, long points,
            @JsonProperty("comp_balance") long compBalance, List<PlayerTrip> trips) {
        PlayerAccount toAccount() {
            return new PlayerAccount(guestId, tier, averageDailyTheoretical,
                    trips == null ? List.of() : trips.stream().map(PlayerTrip::toTrip).toList(), points, compBalance);
        }
    }

    record PlayerTrip(String arrived, String departed, long theoretical) {
        Trip toTrip() {
            return new Trip(LocalDate.parse(arrived), LocalDate.parse(departed), theoretical);
        }
    }
}
