package ai.heyseven.ports.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.desk.Briefing;
import ai.heyseven.ports.desk.CaseConflictException;
import ai.heyseven.ports.desk.CaseMessage;
import ai.heyseven.ports.desk.CaseReason;
import ai.heyseven.ports.desk.CaseStatus;
import ai.heyseven.ports.desk.CaseStore;
import ai.heyseven.ports.desk.DeskCase;
import ai.heyseven.ports.desk.GuestChannel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link CaseStore} promises; each adapter's test extends this class. */
public abstract class CaseStoreContract {
    /** Millisecond times: every store keeps at least that precision. */
    protected static final Instant AT = Instant.parse("2026-12-07T21:30:00.250Z");
    /**
     * {@link CaseStore#changedSince} reads every casino: each test of it takes its own stretch of time, later than any
     * other case, so other tests (and earlier runs on the same database) never fall into its window.
     */
    private static final AtomicLong FUTURE = new AtomicLong(
            Instant.parse("2100-01-01T00:00:00Z").getEpochSecond() + System.currentTimeMillis() / 1_000 % 500_000_000L);

    protected abstract CaseStore store();

    protected static String casino() {
        return "c-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An open web case of {@code guestId}, its briefing and transcript with the characters a serialiser gets wrong. */
    public static DeskCase openCase(String casinoId, String caseId, String threadId, CaseReason reason, Optional<String> guestId,
            Instant openedAt) {
        Briefing briefing = new Briefing("a quiet word about \"limits\" — ¿hoy?", List.of("party: 2", "occasion: anniversary 🎉"),
                reason.urgent() ? List.of(reason.wireName().replace('_', ' ')) : List.of(), List.of("\"I can't stop\"\nline two"),
                List.of("inferred: wants a host"), "call within 10 minutes", "extractive");
        List<CaseMessage> transcript = List.of(new CaseMessage(CaseMessage.Author.GUEST, "", "Any sushi après le show? 寿司", openedAt),
                new CaseMessage(CaseMessage.Author.AGENT, "", "Kaze Sushi, until 11:00 PM.", openedAt));
        return new DeskCase(caseId, casinoId, threadId, guestId, GuestChannel.WEB, Optional.empty(), reason, CaseStatus.OPEN, openedAt,
                openedAt, Optional.empty(), Optional.empty(), Optional.empty(), briefing, transcript);
    }

    /** An open SMS case for the guest at {@code smsTo}. */
    public static DeskCase smsCase(String casinoId, String caseId, String smsTo, CaseReason reason, Instant openedAt) {
        DeskCase web = openCase(casinoId, caseId, "sms:" + smsTo, reason, Optional.empty(), openedAt);
        return new DeskCase(web.caseId(), web.casinoId(), web.threadId(), web.guestId(), GuestChannel.SMS, Optional.of(smsTo), web.reason(),
                web.status(), web.openedAt(), web.updatedAt(), web.claimedBy(), web.claimedByName(), web.outcome(), web.briefing(),
                web.transcript());
    }

    /** The claim a desk makes: it fails when another host holds the case. */
    public static UnaryOperator<DeskCase> claimBy(String hostId, Instant at) {
        return stored -> {
            if (stored.status() == CaseStatus.RESOLVED
                    || stored.status() == CaseStatus.CLAIMED && !stored.claimedBy().equals(Optional.of(hostId))) {
                throw new CaseConflictException("case " + stored.caseId() + " is held by " + stored.claimedBy().orElse("nobody"));
            }
            return with(stored, CaseStatus.CLAIMED, Optional.of(hostId), Optional.of("Host " + hostId), Optional.empty(), at);
        };
    }

    public static DeskCase with(DeskCase stored, CaseStatus status, Optional<String> claimedBy, Optional<String> claimedByName,
            Optional<String> outcome, Instant updatedAt) {
        return new DeskCase(stored.caseId(), stored.casinoId(), stored.threadId(), stored.guestId(), stored.channel(), stored.smsTo(),
                stored.reason(), status, stored.openedAt(), updatedAt, claimedBy, claimedByName, outcome, stored.briefing(),
                stored.transcript());
    }

    private static DeskCase appended(DeskCase stored, CaseMessage line) {
        List<CaseMessage> transcript = new ArrayList<>(stored.transcript());
        transcript.add(line);
        return new DeskCase(stored.caseId(), stored.casinoId(), stored.threadId(), stored.guestId(), stored.channel(), stored.smsTo(),
                stored.reason(), stored.status(), stored.openedAt(), line.at(), stored.claimedBy(), stored.claimedByName(),
                stored.outcome(), stored.briefing(), transcript);
    }

    private static DeskCase resolved(DeskCase stored, Instant at) {
        return with(stored, CaseStatus.RESOLVED, stored.claimedBy(), stored.claimedByName(), Optional.of("spoke to the guest"), at);
    }

    @Test
    void createsACaseOnceAndReadsItBack() {
        CaseStore store = store();
        String casino = casino();
        DeskCase first = openCase(casino, "case-1", "t-1", CaseReason.RESPONSIBLE_GAMING, Optional.of("g-1"), AT);
        assertTrue(store.create(first));
        assertEquals(Optional.of(first), store.get(casino, "case-1"));

        DeskCase second = openCase(casino, "case-1", "t-other", CaseReason.CRISIS, Optional.empty(), AT.plusSeconds(9));
        assertFalse(store.create(second), "a second create of the same id");
        assertEquals(Optional.of(first), store.get(casino, "case-1"), "the first is left unchanged");
        assertEquals(Optional.empty(), store.get(casino, "case-missing"));
    }

    @Test
    void keepsAnSmsCaseWithItsNumberAndAResolvedOneWithItsOutcome() {
        CaseStore store = store();
        String casino = casino();
        DeskCase sms = smsCase(casino, "case-sms", "+17025550123", CaseReason.HUMAN_REQUESTED, AT);
        assertTrue(store.create(sms));
        assertEquals(Optional.of(sms), store.get(casino, "case-sms"));

        Optional<DeskCase> done = store.update(casino, "case-sms", stored -> resolved(claimBy("h-1", AT).apply(stored), AT.plusSeconds(60)));
        assertEquals(Optional.of("spoke to the guest"), done.orElseThrow().outcome());
        assertEquals(done, store.get(casino, "case-sms"));
    }

    @Test
    void concurrentUpdatesEachSeeTheOthersWrites() throws Exception {
        CaseStore store = store();
        String casino = casino();
        DeskCase opened = openCase(casino, "case-busy", "t-busy", CaseReason.HUMAN_REQUESTED, Optional.empty(), AT);
        store.create(opened);
        int writers = 6;
        List<Optional<DeskCase>> results = concurrently(writers, i -> store.update(casino, "case-busy",
                stored -> appended(stored, new CaseMessage(CaseMessage.Author.HOST, "Host " + i, "line " + i, AT.plusSeconds(i)))));

        results.forEach(result -> assertTrue(result.isPresent()));
        List<String> lines = store.get(casino, "case-busy").orElseThrow().transcript().stream().map(CaseMessage::text).toList();
        assertEquals(opened.transcript().size() + writers, lines.size(), "no update lost: " + lines);
        IntStream.range(0, writers).forEach(i -> assertTrue(lines.contains("line " + i), "line " + i + " in " + lines));
    }

    @Test
    void exactlyOneOfTwoConcurrentClaimsWins() throws Exception {
        CaseStore store = store();
        String casino = casino();
        store.create(openCase(casino, "case-claim", "t-claim", CaseReason.CRISIS, Optional.empty(), AT));
        List<String> hosts = List.of("h-maria", "h-sam");

        List<Object> outcomes = concurrently(2, i -> {
            try {
                return store.update(casino, "case-claim", claimBy(hosts.get(i), AT.plusSeconds(1))).orElseThrow();
            } catch (CaseConflictException e) {
                return e;
            }
        });

        List<DeskCase> won = outcomes.stream().filter(DeskCase.class::isInstance).map(DeskCase.class::cast).toList();
        assertEquals(1, won.size(), "one claim wins: " + outcomes);
        assertEquals(1, outcomes.stream().filter(CaseConflictException.class::isInstance).count(), "the other is refused: " + outcomes);
        DeskCase stored = store.get(casino, "case-claim").orElseThrow();
        assertEquals(CaseStatus.CLAIMED, stored.status());
        assertEquals(won.get(0).claimedBy(), stored.claimedBy());
    }

    @Test
    void aChangeThatThrowsLeavesTheCaseAsItWas() {
        CaseStore store = store();
        String casino = casino();
        DeskCase opened = openCase(casino, "case-1", "t-1", CaseReason.CALLBACK, Optional.empty(), AT);
        store.create(opened);
        store.update(casino, "case-1", claimBy("h-1", AT.plusSeconds(1)));
        DeskCase claimed = store.get(casino, "case-1").orElseThrow();

        assertThrows(CaseConflictException.class, () -> store.update(casino, "case-1", claimBy("h-2", AT.plusSeconds(2))));
        assertEquals(Optional.of(claimed), store.get(casino, "case-1"));
    }

    @Test
    void anUpdateOfAMissingCaseFindsNothingAndStoresNothing() {
        CaseStore store = store();
        String casino = casino();
        assertEquals(Optional.empty(), store.update(casino, "case-none", claimBy("h-1", AT)));
        assertEquals(Optional.empty(), store.get(casino, "case-none"));
        assertEquals(List.of(), store.list(casino, Optional.empty(), 10));
    }

    @Test
    void listsACasinosCasesByStatusNewestFirst() {
        CaseStore store = store();
        String casino = casino();
        DeskCase oldest = openCase(casino, "case-a", "t-a", CaseReason.CALLBACK, Optional.empty(), AT);
        DeskCase middle = openCase(casino, "case-b", "t-b", CaseReason.LOW_RATING, Optional.empty(), AT.plusSeconds(10));
        DeskCase newest = openCase(casino, "case-c", "t-c", CaseReason.CRISIS, Optional.empty(), AT.plusSeconds(20));
        List.of(middle, newest, oldest).forEach(store::create);
        DeskCase claimed = store.update(casino, "case-b", claimBy("h-1", AT.plusSeconds(30))).orElseThrow();

        assertEquals(List.of(newest, oldest), store.list(casino, Optional.of(CaseStatus.OPEN), 10));
        assertEquals(List.of(newest), store.list(casino, Optional.of(CaseStatus.OPEN), 1));
        assertEquals(List.of(claimed), store.list(casino, Optional.of(CaseStatus.CLAIMED), 10));
        assertEquals(List.of(), store.list(casino, Optional.of(CaseStatus.RESOLVED), 10));
        assertEquals(List.of(newest, claimed, oldest), store.list(casino, Optional.empty(), 10));
        assertEquals(List.of(newest, claimed), store.list(casino, Optional.empty(), 2));
    }

    @Test
    void aLimitBelowOneIsAProgrammersError() {
        CaseStore store = store();
        assertThrows(IllegalArgumentException.class, () -> store.list(casino(), Optional.empty(), 0));
        assertThrows(IllegalArgumentException.class, () -> store.changedSince(AT, 0));
    }

    @Test
    void changedSinceFollowsChangesOfEveryCasinoOldestFirst() {
        CaseStore store = store();
        Instant since = Instant.ofEpochSecond(FUTURE.getAndAdd(1_000));
        String one = casino();
        String other = casino();
        store.create(openCase(one, "case-1", "t-1", CaseReason.CRISIS, Optional.empty(), since.minusSeconds(5)));
        DeskCase second = openCase(other, "case-2", "t-2", CaseReason.AML, Optional.empty(), since.plusSeconds(2));
        DeskCase third = openCase(one, "case-3", "t-3", CaseReason.CALLBACK, Optional.empty(), since.plusSeconds(3));
        store.create(third);
        store.create(second);
        DeskCase first = store.update(one, "case-1", claimBy("h-1", since.plusMillis(1_500))).orElseThrow();

        assertEquals(List.of(first, second, third), store.changedSince(since, 10));
        assertEquals(List.of(first, second), store.changedSince(since, 2));
        assertEquals(List.of(third), store.changedSince(since.plusSeconds(2), 10), "strictly after");

        DeskCase later = store.update(one, "case-1", stored -> resolved(stored, since.plusSeconds(4))).orElseThrow();
        assertEquals(List.of(third, later), store.changedSince(since.plusSeconds(2), 10));
    }

    @Test
    void aThreadIsHeldOnlyWhileItsCaseIsClaimed() {
        CaseStore store = store();
        String casino = casino();
        store.create(openCase(casino, "case-rg", "t-held", CaseReason.RESPONSIBLE_GAMING, Optional.empty(), AT));
        store.create(openCase(casino, "case-cb", "t-held", CaseReason.CALLBACK, Optional.empty(), AT));
        assertEquals(Optional.empty(), store.heldThread(casino, "t-held"), "open is not held");

        DeskCase claimed = store.update(casino, "case-rg", claimBy("h-1", AT.plusSeconds(1))).orElseThrow();
        assertEquals(Optional.of(claimed), store.heldThread(casino, "t-held"));
        assertEquals(Optional.empty(), store.heldThread(casino, "t-other"));
        assertEquals(Optional.empty(), store.heldThread(casino(), "t-held"), "another casino's thread");

        store.update(casino, "case-rg", stored -> resolved(stored, AT.plusSeconds(2)));
        assertEquals(Optional.empty(), store.heldThread(casino, "t-held"), "resolved is let go");
    }

    @Test
    void eraseGuestRemovesTheirCasesButKeepsComplianceOnes() {
        CaseStore store = store();
        String casino = casino();
        store.create(openCase(casino, "case-rg", "t-1", CaseReason.RESPONSIBLE_GAMING, Optional.of("g-erase"), AT));
        store.create(openCase(casino, "case-cb", "t-1", CaseReason.CALLBACK, Optional.of("g-erase"), AT.plusSeconds(1)));
        DeskCase aml = openCase(casino, "case-aml", "t-1", CaseReason.AML, Optional.of("g-erase"), AT.plusSeconds(2));
        DeskCase age = openCase(casino, "case-age", "t-2", CaseReason.AGE, Optional.of("g-erase"), AT.plusSeconds(3));
        DeskCase someoneElse = openCase(casino, "case-keep", "t-3", CaseReason.CALLBACK, Optional.of("g-keep"), AT.plusSeconds(4));
        DeskCase elsewhere = openCase(casino(), "case-rg", "t-1", CaseReason.RESPONSIBLE_GAMING, Optional.of("g-erase"), AT);
        List.of(aml, age, someoneElse, elsewhere).forEach(store::create);

        assertEquals(2, store.eraseGuest(casino, "g-erase"));
        assertEquals(List.of(someoneElse, anonymous(age), anonymous(aml)), store.list(casino, Optional.empty(), 10),
                "compliance cases are kept, naming nobody");
        assertEquals(Optional.of(elsewhere), store.get(elsewhere.casinoId(), "case-rg"), "another casino's case of the same guest id");
        assertEquals(0, store.eraseGuest(casino, "g-erase"));
    }

    private static DeskCase anonymous(DeskCase kept) {
        return new DeskCase(kept.caseId(), kept.casinoId(), kept.threadId(), Optional.empty(), kept.channel(), kept.smsTo(), kept.reason(),
                kept.status(), kept.openedAt(), kept.updatedAt(), kept.claimedBy(), kept.claimedByName(), kept.outcome(), kept.briefing(),
                kept.transcript());
    }

    @Test
    void casinosShareNothing() {
        CaseStore store = store();
        String one = casino();
        String other = casino();
        DeskCase ours = openCase(one, "case-same", "t-same", CaseReason.HUMAN_REQUESTED, Optional.empty(), AT);
        DeskCase theirs = openCase(other, "case-same", "t-same", CaseReason.CRISIS, Optional.empty(), AT.plusSeconds(1));
        assertTrue(store.create(ours));
        assertTrue(store.create(theirs), "the same case id at another casino is another case");

        DeskCase claimed = store.update(other, "case-same", claimBy("h-2", AT.plusSeconds(2))).orElseThrow();
        assertEquals(Optional.of(ours), store.get(one, "case-same"));
        assertEquals(List.of(ours), store.list(one, Optional.empty(), 10));
        assertEquals(List.of(claimed), store.list(other, Optional.empty(), 10));
        assertEquals(Optional.empty(), store.heldThread(one, "t-same"));
    }

    /** Runs {@code task} on {@code count} threads released together; their results in order. */
    private static <T> List<T> concurrently(int count, java.util.function.IntFunction<T> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(count)) {
            List<Future<T>> futures = IntStream.range(0, count).mapToObj(i -> threads.submit(() -> {
                start.await();
                return task.apply(i);
            })).toList();
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    throw new AssertionError("a concurrent call failed", e.getCause());
                }
            }
            return results;
        }
    }
}
