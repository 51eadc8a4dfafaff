package ai.heyseven.adapter.firestore;

import ai.heyseven.ports.comps.CompKind;
import ai.heyseven.ports.comps.CompPolicy;
import ai.heyseven.ports.comps.Occasion;
import ai.heyseven.ports.comps.PlayerAccount;
import ai.heyseven.ports.comps.TierComps;
import ai.heyseven.ports.comps.Trip;
import com.google.cloud.firestore.DocumentSnapshot;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents a casino's integration writes for comps ({@code docs/comps.md}, {@code docs/data-model.md}):
 * {@code casinos/{casino}/settings/comp_policy} and {@code casinos/{casino}/players/{guest_id}}, snake_case
 * as the dev comps files. Reading validates; a document that fails is reported, never half-used.
 */
final class CompDocuments {
    private CompDocuments() {
    }

    static CompPolicy policy(String casinoId, DocumentSnapshot document) {
        Map<Occasion, Double> multipliers = new EnumMap<>(Occasion.class);
        Fields.map(document, "occasion_multipliers", Number.class).forEach((name, multiplier) -> multipliers.put(
                Occasion.fromWireName(name).orElseThrow(() -> invalid(document, "unknown occasion '" + name + "'")),
                multiplier.doubleValue()));
        List<TierComps> tiers = Fields.maps(document, "tiers").stream().map(row -> tier(document, row)).toList();
        return new CompPolicy(casinoId, Fields.requiredText(document, "currency"), tiers, multipliers,
                whole(document, document.get("approval_above"), "approval_above"));
    }

    static PlayerAccount account(DocumentSnapshot document) {
        List<Trip> trips = Fields.maps(document, "trips").stream().map(trip -> new Trip(
                LocalDate.parse(String.valueOf(trip.get("arrived"))), LocalDate.parse(String.valueOf(trip.get("departed"))),
                whole(document, trip.get("theoretical"), "trips.theoretical"))).toList();
        return new PlayerAccount(document.getId(), Fields.requiredText(document, "tier"),
                whole(document, document.get("average_daily_theoretical"), "average_daily_theoretical"), trips,
                whole(document, document.get("points"), "points"), whole(document, document.get("comp_balance"), "comp_balance"));
    }

    /** The document of {@code policy}, as the casino's integration writes it. */
    static Map<String, Object> write(CompPolicy policy) {
        Map<String, Object> multipliers = new LinkedHashMap<>();
        policy.occasionMultipliers().forEach((occasion, multiplier) -> multipliers.put(occasion.wireName(), multiplier));
        return Map.of("currency", policy.currency(), "approval_above", policy.approvalAbove(), "occasion_multipliers", multipliers,
                "tiers", policy.tiers().stream().map(CompDocuments::write).toList());
    }

    /** The document of {@code account} (its id is the guest id), as the casino's integration writes it. */
    static Map<String, Object> write(PlayerAccount account) {
        return Map.of("tier", account.tier(), "average_daily_theoretical", account.averageDailyTheoretical(),
                "points", account.points(), "comp_balance", account.compBalance(),
                "trips", account.trips().stream().map(trip -> Map.of("arrived", trip.arrived().toString(),
                        "departed", trip.departed().toString(), "theoretical", trip.theoretical())).toList());
    }

    private static Map<String, Object> write(TierComps row) {
        Map<String, Object> comps = new LinkedHashMap<>();
        row.amounts().forEach((kind, amount) -> comps.put(kind.wireName(), amount));
        return Map.of("tier", row.tier(), "minimum_theoretical", row.minimumTheoretical(), "comps", comps);
    }

    private static TierComps tier(DocumentSnapshot document, Map<?, ?> row) {
        Map<CompKind, Long> amounts = new EnumMap<>(CompKind.class);
        if (row.get("comps") instanceof Map<?, ?> comps) {
            comps.forEach((name, amount) -> amounts.put(CompKind.fromWireName(String.valueOf(name))
                    .orElseThrow(() -> invalid(document, "unknown comp kind '" + name + "'")), whole(document, amount, "comps." + name)));
        }
        return new TierComps(String.valueOf(row.get("tier")), whole(document, row.get("minimum_theoretical"), "minimum_theoretical"),
                amounts);
    }

    private static long whole(DocumentSnapshot document, Object value, String field) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw invalid(document, field + " must be a number, got " + value);
    }

    private static IllegalArgumentException invalid(DocumentSnapshot document, String problem) {
        return new IllegalArgumentException(document.getReference().getPath() + ": " + problem);
    }
}
