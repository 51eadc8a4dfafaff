package ai.heyseven.core.concierge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.core.concierge.CompDecision.Comp;
import ai.heyseven.ports.comps.CompKind;
import ai.heyseven.ports.comps.CompPolicy;
import ai.heyseven.ports.comps.Occasion;
import ai.heyseven.ports.comps.PlayerAccount;
import ai.heyseven.ports.comps.TierComps;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The policy arithmetic: tier row by theoretical, occasion multiplier, the guest's own amount, the approval limit. */
class CompDecisionTest {
    /** As aurora-palms' sample: Bronze, Gold, Platinum at two theoreticals; anniversary ×1.25, birthday ×1.5; approval above 300. */
    private static final CompPolicy POLICY = new CompPolicy("aurora-palms", "USD", List.of(
            new TierComps("Bronze", 0, Map.of(CompKind.DINING_CREDIT, 25L, CompKind.FREE_PLAY, 10L)),
            new TierComps("Gold", 150, Map.of(CompKind.ROOM_NIGHT, 200L, CompKind.DINING_CREDIT, 100L,
                    CompKind.SHOW_TICKETS, 120L, CompKind.FREE_PLAY, 50L)),
            new TierComps("Platinum", 500, Map.of(CompKind.ROOM_NIGHT, 450L, CompKind.DINING_CREDIT, 250L)),
            new TierComps("Platinum", 1500, Map.of(CompKind.ROOM_NIGHT, 900L, CompKind.DINING_CREDIT, 500L))),
            Map.of(Occasion.ANNIVERSARY, 1.25, Occasion.BIRTHDAY, 1.5), 300);

    private static PlayerAccount guest(String tier, long theoretical) {
        return new PlayerAccount("g", tier, theoretical, List.of(), 0, 0);
    }

    private static CompRequest asking(Set<CompKind> kinds, OptionalLong amount) {
        return new CompRequest(kinds, amount, Optional.empty());
    }

    @Test
    void aGoldGuestsAnniversaryRoomIsTheGoldAmountTimesTheAnniversaryMultiplier() {
        CompDecision decision = CompDecision.of(POLICY, guest("Gold", 400), asking(Set.of(CompKind.ROOM_NIGHT), OptionalLong.empty()),
                Optional.of(Occasion.ANNIVERSARY));

        assertEquals(List.of(new Comp(CompKind.ROOM_NIGHT, 250)), decision.offered());
        assertEquals(List.of(), decision.needsApproval());
        assertFalse(decision.needsHost());
    }

    @Test
    void withoutAKindNamedEveryKindOfTheRowIsOfferedAndFractionsRoundDown() {
        CompDecision decision = CompDecision.of(POLICY, guest("Gold", 400), asking(Set.of(), OptionalLong.empty()),
                Optional.of(Occasion.ANNIVERSARY));

        assertEquals(List.of(new Comp(CompKind.ROOM_NIGHT, 250), new Comp(CompKind.DINING_CREDIT, 125),
                new Comp(CompKind.SHOW_TICKETS, 150), new Comp(CompKind.FREE_PLAY, 62)), decision.offered());
    }

    @Test
    void anAmountAboveTheApprovalLimitNeedsAHostAndIsNotOffered() {
        CompDecision decision = CompDecision.of(POLICY, guest("Platinum", 900), asking(Set.of(CompKind.ROOM_NIGHT), OptionalLong.empty()),
                Optional.empty());

        assertEquals(List.of(), decision.offered());
        assertEquals(List.of(new Comp(CompKind.ROOM_NIGHT, 450)), decision.needsApproval());
        assertTrue(decision.needsHost());
    }

    @Test
    void aGuestAskingForMoreThanTheApprovalLimitIsOfferedOnlyWhatThePolicyAllowsAndAHostIsAsked() {
        CompDecision decision = CompDecision.of(POLICY, guest("Gold", 400), asking(Set.of(CompKind.ROOM_NIGHT), OptionalLong.of(500)),
                Optional.of(Occasion.ANNIVERSARY));

        assertEquals(List.of(new Comp(CompKind.ROOM_NIGHT, 250)), decision.offered(), "never more than the policy allows");
        assertEquals(OptionalLong.of(500), decision.askedAboveApproval());
        assertTrue(decision.needsHost());
    }

    @Test
    void aGuestAskingForLessIsOfferedWhatTheyAskedFor() {
        CompDecision decision = CompDecision.of(POLICY, guest("Gold", 400), asking(Set.of(CompKind.DINING_CREDIT), OptionalLong.of(60)),
                Optional.empty());

        assertEquals(List.of(new Comp(CompKind.DINING_CREDIT, 60)), decision.offered());
        assertFalse(decision.needsHost());
    }

    @Test
    void theHighestRowTheTheoreticalMeetsApplies() {
        CompDecision decision = CompDecision.of(POLICY, guest("Platinum", 2_000), asking(Set.of(CompKind.DINING_CREDIT), OptionalLong.empty()),
                Optional.of(Occasion.BIRTHDAY));

        assertEquals(List.of(new Comp(CompKind.DINING_CREDIT, 750)), decision.needsApproval(), "500 × 1.5 from the 1500 row");
    }

    @Test
    void aGuestBelowTheirTiersMinimumOrAskingForAKindTheTierLacksIsOfferedNothing() {
        CompDecision below = CompDecision.of(POLICY, guest("Gold", 100), asking(Set.of(), OptionalLong.empty()), Optional.empty());
        CompDecision bronzeRoom = CompDecision.of(POLICY, guest("Bronze", 40), asking(Set.of(CompKind.ROOM_NIGHT), OptionalLong.empty()),
                Optional.of(Occasion.ANNIVERSARY));

        assertEquals(List.of(), below.offered());
        assertFalse(below.needsHost());
        assertEquals(List.of(), bronzeRoom.offered());
        assertEquals(Set.of(CompKind.ROOM_NIGHT), bronzeRoom.notOffered());
    }
}
