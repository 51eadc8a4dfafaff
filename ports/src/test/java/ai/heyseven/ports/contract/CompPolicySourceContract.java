package ai.heyseven.ports.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.comps.CompKind;
import ai.heyseven.ports.comps.CompPolicy;
import ai.heyseven.ports.comps.CompPolicySource;
import ai.heyseven.ports.comps.Occasion;
import ai.heyseven.ports.comps.TierComps;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CompPolicySource} promises; each adapter's test extends this class and says how the
 * casino's integration writes a policy where the adapter reads it.
 */
public abstract class CompPolicySourceContract {

    /** The source holding {@code policy} for its casino, as the casino's integration wrote it. */
    protected abstract CompPolicySource sourceWith(CompPolicy policy);

    /** The sample policy: Bronze and Gold, a Platinum tier at two theoreticals, anniversary ×1.25, birthday ×1.5, approval above 300. */
    public static CompPolicy samplePolicy(String casinoId) {
        return new CompPolicy(casinoId, "USD", List.of(
                new TierComps("Bronze", 0, Map.of(CompKind.DINING_CREDIT, 25L, CompKind.FREE_PLAY, 10L)),
                new TierComps("Gold", 150, Map.of(CompKind.ROOM_NIGHT, 200L, CompKind.DINING_CREDIT, 100L,
                        CompKind.SHOW_TICKETS, 120L, CompKind.FREE_PLAY, 50L)),
                new TierComps("Platinum", 500, Map.of(CompKind.ROOM_NIGHT, 450L, CompKind.DINING_CREDIT, 250L)),
                new TierComps("Platinum", 1500, Map.of(CompKind.ROOM_NIGHT, 900L, CompKind.DINING_CREDIT, 500L))),
                Map.of(Occasion.ANNIVERSARY, 1.25, Occasion.BIRTHDAY, 1.5), 300);
    }

    private static String casino() {
        return "casino-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aCasinosPolicyIsReadWhole() {
        String casino = casino();
        CompPolicy policy = samplePolicy(casino);
        CompPolicySource source = sourceWith(policy);

        CompPolicy read = source.policy(casino).orElseThrow();

        assertEquals(policy.currency(), read.currency());
        assertEquals(policy.approvalAbove(), read.approvalAbove());
        assertEquals(policy.occasionMultipliers(), read.occasionMultipliers());
        assertEquals(java.util.Set.copyOf(policy.tiers()), java.util.Set.copyOf(read.tiers()), "every row, whatever the order");
    }

    @Test
    void theRowOfAGuestIsTheHighestTheirTheoreticalMeets() {
        String casino = casino();
        CompPolicy read = sourceWith(samplePolicy(casino)).policy(casino).orElseThrow();

        assertEquals(Optional.of(450L), read.rowFor("Platinum", 900).map(row -> row.amounts().get(CompKind.ROOM_NIGHT)));
        assertEquals(Optional.of(900L), read.rowFor("platinum", 2000).map(row -> row.amounts().get(CompKind.ROOM_NIGHT)),
                "tiers compare ignoring case");
        assertTrue(read.rowFor("Gold", 100).isEmpty(), "a Gold guest below the Gold minimum theoretical is offered nothing by tier");
    }

    @Test
    void aCasinoWithoutAPolicyHasNone() {
        String casino = casino();
        CompPolicySource source = sourceWith(samplePolicy(casino));

        assertTrue(source.policy(casino()).isEmpty());
    }
}
