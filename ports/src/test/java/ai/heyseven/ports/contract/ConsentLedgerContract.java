package ai.heyseven.ports.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.consent.ChainCheck;
import ai.heyseven.ports.consent.ConsentChain;
import ai.heyseven.ports.consent.ConsentEvent;
import ai.heyseven.ports.consent.ConsentLedger;
import ai.heyseven.ports.consent.ConsentRecord;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** What every {@link ConsentLedger} promises; each adapter's test extends this class. */
public abstract class ConsentLedgerContract {
    private static final Instant AT = Instant.parse("2026-11-24T18:00:00.250Z");

    protected abstract ConsentLedger ledger();

    /** Changes the stored wording of {@code record} behind the ledger's back, as an intruder would. */
    protected abstract void tamperWith(ConsentRecord record);

    /** A fresh fictional number (555-01xx, in a random area), so tests never share a chain. */
    private static String phone() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "+1" + random.nextInt(200, 1_000) + "55501" + String.format("%02d", random.nextInt(100));
    }

    private static ConsentEvent event(String casino, String phone, ConsentEvent.Kind kind, Instant at) {
        return new ConsentEvent(casino, phone, kind, kind == ConsentEvent.Kind.OPT_IN ? "service" : "all",
                kind == ConsentEvent.Kind.OPT_IN ? "web-form" : "sms-keyword", kind == ConsentEvent.Kind.OPT_IN
                        ? "Text me about my stay. Reply STOP to end." : kind.name(), at);
    }

    @Test
    void theFirstRecordStartsTheChain() {
        String phone = phone();
        ConsentRecord first = ledger().append(event("aurora-palms", phone, ConsentEvent.Kind.OPT_IN, AT));
        assertEquals(1, first.sequence());
        assertEquals(ConsentChain.GENESIS, first.previousHash());
        assertEquals(List.of(first), ledger().history("aurora-palms", phone));
    }

    @Test
    void eachRecordFollowsTheOneBeforeAndTheChainVerifies() {
        ConsentLedger ledger = ledger();
        String phone = phone();
        ConsentRecord optIn = ledger.append(event("aurora-palms", phone, ConsentEvent.Kind.OPT_IN, AT));
        ConsentRecord stop = ledger.append(event("aurora-palms", phone, ConsentEvent.Kind.STOP, AT.plusSeconds(60)));
        ConsentRecord start = ledger.append(event("aurora-palms", phone, ConsentEvent.Kind.START, AT.plusSeconds(120)));
        assertEquals(optIn.hash(), stop.previousHash());
        assertEquals(stop.hash(), start.previousHash());
        assertEquals(List.of(optIn, stop, start), ledger.history("aurora-palms", phone));
        ChainCheck check = ledger.verify("aurora-palms", phone);
        assertTrue(check.intact(), check.reason());
        assertEquals(3, check.records());
    }

    @Test
    void chainsAreKeptPerCasinoAndNumber() {
        ConsentLedger ledger = ledger();
        String phone = phone();
        ledger.append(event("aurora-palms", phone, ConsentEvent.Kind.OPT_IN, AT));
        ledger.append(event("harbor-lights", phone, ConsentEvent.Kind.OPT_IN, AT));
        assertEquals(1, ledger.history("harbor-lights", phone).size());
        assertEquals(1, ledger.history("aurora-palms", phone).size());
        assertTrue(ledger.history("aurora-palms", phone()).isEmpty());
    }

    @Test
    void twoAppendsAtOnceLeaveOneUnbrokenChain() throws Exception {
        ConsentLedger ledger = ledger();
        String phone = phone();
        ledger.append(event("aurora-palms", phone, ConsentEvent.Kind.OPT_IN, AT));
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<ConsentRecord> stop = CompletableFuture.supplyAsync(() -> {
            await(together);
            return ledger.append(event("aurora-palms", phone, ConsentEvent.Kind.STOP, AT.plusSeconds(5)));
        });
        CompletableFuture<ConsentRecord> help = CompletableFuture.supplyAsync(() -> {
            await(together);
            return ledger.append(event("aurora-palms", phone, ConsentEvent.Kind.HELP, AT.plusSeconds(5)));
        });
        assertFalse(stop.get().sequence() == help.get().sequence(), "the chain forked");
        List<ConsentRecord> chain = ledger.history("aurora-palms", phone);
        assertEquals(LongStream.rangeClosed(1, 3).boxed().toList(), chain.stream().map(ConsentRecord::sequence).toList());
        assertTrue(ledger.verify("aurora-palms", phone).intact());
    }

    @Test
    void verificationNamesTheFirstRecordThatWasChanged() {
        ConsentLedger ledger = ledger();
        String phone = phone();
        ledger.append(event("aurora-palms", phone, ConsentEvent.Kind.OPT_IN, AT));
        ConsentRecord second = ledger.append(event("aurora-palms", phone, ConsentEvent.Kind.STOP, AT.plusSeconds(1)));
        ledger.append(event("aurora-palms", phone, ConsentEvent.Kind.START, AT.plusSeconds(2)));
        tamperWith(second);
        ChainCheck check = ledger.verify("aurora-palms", phone);
        assertEquals(2L, check.firstBroken().orElseThrow(), check.reason());
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
