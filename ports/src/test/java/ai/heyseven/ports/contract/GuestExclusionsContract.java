package ai.heyseven.ports.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.consent.GuestExclusions;
import ai.heyseven.ports.consent.GuestExclusions.Link;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/** What every {@link GuestExclusions} promises; each adapter's test extends this class. */
public abstract class GuestExclusionsContract {
    private static final String CASINO = "aurora-palms";
    private static final Instant AT = Instant.parse("2026-11-24T18:00:00Z");

    protected abstract GuestExclusions exclusions();

    private static String guest() {
        return UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void anExclusionReturnsTheNumbersLinkedBeforeIt() {
        String guest = guest();
        assertEquals(Link.LINKED, exclusions().link(CASINO, guest, "+17025550101"));
        assertEquals(Link.LINKED, exclusions().link(CASINO, guest, "+17025550102"));
        assertEquals(Link.LINKED, exclusions().link(CASINO, guest, "+17025550101"), "a link again changes nothing");
        assertEquals(Set.of("+17025550101", "+17025550102"), Set.copyOf(exclusions().exclude(CASINO, guest, AT)));
        assertEquals(2, exclusions().exclude(CASINO, guest, AT.plusSeconds(60)).size(), "an exclusion again changes nothing");
    }

    @Test
    void aNumberLinkedAfterTheExclusionIsToldSo() {
        String guest = guest();
        assertEquals(List.of(), exclusions().exclude(CASINO, guest, AT));
        assertEquals(Link.EXCLUDED, exclusions().link(CASINO, guest, "+17025550103"));
    }

    @Test
    void guestsAndCasinosAreApart() {
        String guest = guest();
        exclusions().link(CASINO, guest, "+17025550104");
        assertEquals(List.of(), exclusions().exclude("harbor-lights", guest, AT), "another casino's guest of the same key");
        assertEquals(Link.LINKED, exclusions().link(CASINO, guest(), "+17025550104"), "another guest with the same number");
    }

    @Test
    void aGuestHasAtMostMaxPhonesNumbers() {
        String guest = guest();
        for (int i = 0; i < GuestExclusions.MAX_PHONES; i++) {
            assertEquals(Link.LINKED, exclusions().link(CASINO, guest, "+1702555" + String.format("%04d", 1000 + i)));
        }
        assertEquals(Link.FULL, exclusions().link(CASINO, guest, "+17025559999"));
        assertEquals(Link.LINKED, exclusions().link(CASINO, guest, "+17025551000"), "a number it has is still fine");
        assertEquals(GuestExclusions.MAX_PHONES, exclusions().exclude(CASINO, guest, AT).size());
        assertEquals(Link.EXCLUDED, exclusions().link(CASINO, guest, "+17025559999"), "excluded wins over full");
    }

    @Test
    void aGuestIsExcludedOnlyOnceExcludedAndStaysSoAfterTheErase() {
        String guest = guest();
        assertFalse(exclusions().excluded(CASINO, guest), "an unknown guest");
        exclusions().link(CASINO, guest, "+17025550107");
        assertFalse(exclusions().excluded(CASINO, guest), "a linked number is no exclusion");
        exclusions().exclude(CASINO, guest, AT);
        assertTrue(exclusions().excluded(CASINO, guest));
        assertFalse(exclusions().excluded("harbor-lights", guest), "another casino's guest");
        exclusions().forgetPhones(CASINO, guest);
        assertTrue(exclusions().excluded(CASINO, guest), "the exclusion outlives the erase");
    }

    @Test
    void forgettingTheNumbersKeepsTheExclusion() {
        String guest = guest();
        exclusions().link(CASINO, guest, "+17025550105");
        exclusions().link(CASINO, guest, "+17025550106");
        assertEquals(2, exclusions().forgetPhones(CASINO, guest));
        assertEquals(0, exclusions().forgetPhones(CASINO, guest), "idempotent");
        assertEquals(List.of(), exclusions().exclude(CASINO, guest, AT));
        exclusions().forgetPhones(CASINO, guest);
        assertEquals(Link.EXCLUDED, exclusions().link(CASINO, guest, "+17025550105"), "the exclusion outlives the erase");
        assertEquals(0, exclusions().forgetPhones(CASINO, guest()), "an unknown guest");
    }

    @Test
    void aLinkAndAnExclusionAtOnceNeverMissEachOther() throws Exception {
        for (int round = 0; round < 10; round++) {
            String guest = guest();
            String phone = "+1702555" + String.format("%04d", 2000 + round);
            CyclicBarrier start = new CyclicBarrier(2);
            CompletableFuture<Link> link = CompletableFuture.supplyAsync(() -> {
                await(start);
                return exclusions().link(CASINO, guest, phone);
            });
            CompletableFuture<List<String>> exclude = CompletableFuture.supplyAsync(() -> {
                await(start);
                return exclusions().exclude(CASINO, guest, AT);
            });
            assertTrue(link.get() == Link.EXCLUDED || exclude.get().contains(phone),
                    "the link saw the exclusion or the exclusion saw the number: " + link.get() + ", " + exclude.get());
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
