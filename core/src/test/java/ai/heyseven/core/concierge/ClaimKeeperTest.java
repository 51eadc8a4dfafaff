package ai.heyseven.core.concierge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.local.InMemoryCheckpointStore;
import ai.heyseven.ports.conversation.TurnClaim;
import ai.heyseven.ports.testing.BusyCarriers;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClaimKeeperTest {
    private static final Duration LEASE = Duration.ofMillis(600);
    private final InMemoryCheckpointStore store = new InMemoryCheckpointStore(100, Duration.ofMinutes(5));
    private final ClaimKeeper keeper = new ClaimKeeper(store, LEASE.dividedBy(3), Duration.ofMinutes(1));

    @Test
    void aKeptClaimOutlivesItsLeaseAndLapsesOnceLetGo() throws InterruptedException {
        TurnClaim claim = store.claim("t-1", LEASE).orElseThrow();
        keeper.keep(claim);
        Thread.sleep(LEASE.multipliedBy(3).toMillis());
        assertTrue(store.claim("t-1", LEASE).isEmpty(), "kept past three leases");
        keeper.letGo(claim);
        Thread.sleep(LEASE.multipliedBy(2).toMillis());
        assertTrue(store.claim("t-1", LEASE).isPresent(), "let go: it lapsed with its lease");
    }

    /**
     * Virtual threads are never time-sliced: turns that keep every carrier busy would starve a
     * virtual keeper until the leases under them lapsed.
     */
    @Test
    void claimsAreKeptWhileEveryCarrierOfVirtualThreadsIsBusy() throws InterruptedException {
        TurnClaim claim = store.claim("t-2", LEASE).orElseThrow();
        keeper.keep(claim);
        BusyCarriers.spinFor(LEASE.multipliedBy(4));
        assertTrue(store.claim("t-2", LEASE).isEmpty(), "renewed while the carriers were busy for four leases");
        assertEquals(true, store.renew(claim), "still the turn's own claim");
        keeper.letGo(claim);
    }
}
