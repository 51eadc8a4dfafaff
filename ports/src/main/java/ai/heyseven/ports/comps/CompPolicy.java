package ai.heyseven.ports.comps;

import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A casino's comp policy: what each tier (at a minimum theoretical) may be offered, the multiplier an
 * occasion applies to those amounts, and the amount above which a host must approve a comp.
 *
 * <pre>{@code
 * new CompPolicy("aurora-palms", "USD", List.of(new TierComps("Gold", 150, Map.of(CompKind.ROOM_NIGHT, 200L))),
 *         Map.of(Occasion.ANNIVERSARY, 1.25), 300);
 * }</pre>
 *
 * @param currency the ISO 4217 code of every amount ({@code USD})
 * @param tiers the rows, any order; a tier may have several rows at different minimum theoreticals
 * @param occasionMultipliers how much an occasion raises every amount (between 1 and {@link #MAX_MULTIPLIER})
 * @param approvalAbove a comp worth more than this needs a host's approval before the guest is promised it
 */
public record CompPolicy(String casinoId, String currency, List<TierComps> tiers, Map<Occasion, Double> occasionMultipliers,
        long approvalAbove) {
    /** The most an occasion may multiply an amount by: a typo of 125 for 1.25 must not reach a guest. */
    public static final double MAX_MULTIPLIER = 5.0;

    public CompPolicy {
        Objects.requireNonNull(casinoId, "casinoId");
        Objects.requireNonNull(currency, "currency");
        if (!currency.matches("[A-Z]{3}") || Currency.getAvailableCurrencies().stream().noneMatch(c -> c.getCurrencyCode().equals(currency))) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code, got '" + currency + "'");
        }
        tiers = List.copyOf(Objects.requireNonNull(tiers, "tiers"));
        Objects.requireNonNull(occasionMultipliers, "occasionMultipliers");
        occasionMultipliers.forEach((occasion, multiplier) -> {
            if (multiplier == null || multiplier < 1.0 || multiplier > MAX_MULTIPLIER) {
                throw new IllegalArgumentException("the " + occasion.wireName() + " multiplier must be between 1 and "
                        + MAX_MULTIPLIER + ", got " + multiplier);
            }
        });
        occasionMultipliers = Map.copyOf(occasionMultipliers);
        if (approvalAbove < 0) {
            throw new IllegalArgumentException("approvalAbove must not be negative, got " + approvalAbove);
        }
    }

    /**
     * The row that applies to a guest of {@code tier} (compared ignoring case) with this average daily
     * theoretical: the one with the highest minimum the guest meets; empty when none does.
     */
    public Optional<TierComps> rowFor(String tier, long averageDailyTheoretical) {
        return tiers.stream()
                .filter(row -> row.tier().equalsIgnoreCase(tier) && row.minimumTheoretical() <= averageDailyTheoretical)
                .max(Comparator.comparingLong(TierComps::minimumTheoretical));
    }

    /** The multiplier of {@code occasion} (1 when the policy gives it none, or there is no occasion). */
    public double multiplier(Optional<Occasion> occasion) {
        return occasion.map(known -> occasionMultipliers.getOrDefault(known, 1.0)).orElse(1.0);
    }
}
