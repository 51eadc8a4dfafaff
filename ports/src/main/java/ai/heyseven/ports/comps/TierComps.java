package ai.heyseven.ports.comps;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a guest of {@code tier} whose average daily theoretical is at least {@code minimumTheoretical}
 * may be offered, by kind: the most of each, in whole currency units, before occasion multipliers.
 * A kind not listed is not offered to this row.
 */
public record TierComps(String tier, long minimumTheoretical, Map<CompKind, Long> amounts) {
    public TierComps {
        Objects.requireNonNull(tier, "tier");
        if (tier.isBlank()) {
            throw new IllegalArgumentException("a comp policy row names its tier");
        }
        if (minimumTheoretical < 0) {
            throw new IllegalArgumentException("minimum theoretical of tier " + tier + " must not be negative, got " + minimumTheoretical);
        }
        amounts.forEach((kind, amount) -> {
            if (amount == null || amount <= 0) {
                throw new IllegalArgumentException("tier " + tier + " offers " + kind.wireName() + " of " + amount + ": must be positive");
            }
        });
        amounts = amounts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(amounts));
    }
}
