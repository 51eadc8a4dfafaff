package ai.heyseven.adapter.firestore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.casino.Branding;
import ai.heyseven.ports.casino.Hosting;
import ai.heyseven.ports.casino.Persona;
import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.casino.CrisisLine;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Casino configuration through the cache, against the emulator: refreshed, validated, seeded once, unknown ids gated. */
class FirestoreCasinoConfigsIT {
    @RegisterExtension
    static final FirestoreExtension FIRESTORE = new FirestoreExtension();

    private final FirestoreCasinoConfigs configs = new FirestoreCasinoConfigs(FIRESTORE.connection());

    @AfterEach
    void close() {
        configs.close();
    }

    private static CasinoConfig casino(String id, String helpline) {
        return new CasinoConfig(id, "Test Palms", ZoneId.of("America/Los_Angeles"), helpline, List.of("en", "es"),
                List.of("+17025550100"), Map.of("whisper_planner", true), Map.of("dining", "You are Test Palms' food and wine host."));
    }

    private static String id() {
        return "c-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void change(String id, Map<String, Object> fields) throws Exception {
        Paths.casino(FIRESTORE.connection().client(), id).update(fields).get(5, TimeUnit.SECONDS);
    }

    private static void eventually(BooleanSupplier condition, Duration within, String what) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within " + within);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void readsWhatWasSeededAndKnowsNothingOfAnUnknownCasino() {
        String id = id();
        assertTrue(configs.createIfAbsent(casino(id, "1-800-522-4700")));
        assertEquals(casino(id, "1-800-522-4700"), configs.find(id).orElseThrow());
        assertTrue(configs.find(id()).isEmpty());
        assertTrue(configs.all().stream().anyMatch(config -> config.id().equals(id)));
    }

    @Test
    void aChangedHelplineIsSeenWithoutARestartAndWithoutAnyoneAsking() throws Exception {
        String id = id();
        configs.createIfAbsent(casino(id, "1-800-522-4700"));
        assertEquals("1-800-522-4700", configs.find(id).orElseThrow().helpline());
        change(id, Map.of("helpline", "1-800-GAMBLER"));
        eventually(() -> configs.find(id).orElseThrow().helpline().equals("1-800-GAMBLER"), Duration.ofSeconds(5), "the new helpline");
    }

    @Test
    void aPropertysCrisisLinesAreReadAndAnInvalidLineIsReported() throws Exception {
        String id = id();
        configs.createIfAbsent(casino(id, "1-800-522-4700"));
        assertEquals(CrisisLine.US, configs.find(id).orElseThrow().crisisLines(), "the US lines when none are configured");
        change(id, Map.of("crisis_lines", List.of(Map.of("name", "Listening Line", "call", "0800 555 0199"),
                Map.of("name", "Emergency services", "call", "999", "emergency", true))));
        eventually(() -> configs.find(id).orElseThrow().crisisLines().equals(List.of(
                new CrisisLine("Listening Line", "0800 555 0199", "", "", false), new CrisisLine("Emergency services", "999", "", "", true))),
                Duration.ofSeconds(5), "the property's own lines");
        change(id, Map.of("crisis_lines", List.of(Map.of("name", "Listening Line", "keyword", "HELLO"))));
        eventually(() -> configs.problems().getOrDefault(id, "").contains("crisis line 'Listening Line'"), Duration.ofSeconds(5),
                "the invalid line's problem report");
        assertEquals("999", configs.find(id).orElseThrow().crisisLines().get(1).call(), "the last good lines are kept");
    }

    @Test
    void aPropertysHostingRoundTripsAndADisclosureTurnedOffWithoutAWaiverIsReported() throws Exception {
        String id = id();
        Hosting hosting = new Hosting(new Persona("Aria", Persona.Tone.FORMAL, true), true, "", Map.of("es", "Soy Aria, una IA."), false,
                Map.of("anniversary", Map.of("en", "a glass of champagne")), false);
        CasinoConfig hosted = new CasinoConfig(id, "Test Palms", ZoneId.of("America/Los_Angeles"), "", List.of("en"), List.of(),
                Map.of(), Map.of(), List.of(), null, hosting);
        assertTrue(configs.createIfAbsent(hosted));
        assertEquals(hosting, configs.find(id).orElseThrow().hosting());
        change(id, Map.of("hosting.ai_disclosure", false));
        eventually(() -> configs.problems().getOrDefault(id, "").contains("disclosure_waiver"), Duration.ofSeconds(5),
                "the unwaived disclosure's problem report");
        assertTrue(configs.find(id).orElseThrow().hosting().aiDisclosure(), "the last good hosting is kept");
        String plain = id();
        configs.createIfAbsent(casino(plain, ""));
        assertEquals(Hosting.DEFAULT, configs.find(plain).orElseThrow().hosting());
    }

    @Test
    void aPropertysPageBrandingRoundTripsAndAnUnsafeColourIsReported() throws Exception {
        String id = id();
        Branding branding = new Branding("#0B5563", "#fc0", "https://cdn.palms.example/logo.svg", "", "+1 702 555 0123",
                List.of("https://www.palms.example"), Map.of("es", "¡Bienvenido!"), Map.of("en", List.of("Is the spa open now?")));
        CasinoConfig branded = new CasinoConfig(id, "Test Palms", ZoneId.of("America/Los_Angeles"), "", List.of("en"), List.of(),
                Map.of(), Map.of(), List.of(), branding);
        assertTrue(configs.createIfAbsent(branded));
        assertEquals(branding, configs.find(id).orElseThrow().branding());
        assertEquals("#0b5563", configs.find(id).orElseThrow().branding().primaryColor());
        change(id, Map.of("branding.primary_color", "red; background: url(https://evil.example)"));
        eventually(() -> configs.problems().getOrDefault(id, "").contains("primary_color"), Duration.ofSeconds(5),
                "the unsafe colour's problem report");
        assertEquals("#0b5563", configs.find(id).orElseThrow().branding().primaryColor(), "the last good branding is kept");
        String plain = id();
        configs.createIfAbsent(casino(plain, ""));
        assertEquals(Branding.DEFAULT, configs.find(plain).orElseThrow().branding());
    }

    @Test
    void anInvalidDocumentKeepsTheLastGoodConfigurationAndIsReported() throws Exception {
        String id = id();
        configs.createIfAbsent(casino(id, "1-800-522-4700"));
        configs.find(id).orElseThrow();
        change(id, Map.of("prompts", Map.of("casino", "Be rude."), "helpline", "999"));
        eventually(() -> configs.problems().containsKey(id), Duration.ofSeconds(5), "the problem report");
        assertTrue(configs.problems().get(id).contains("prompt 'casino' is not one of"), configs.problems().get(id));
        change(id, Map.of("prompts", Map.of(), "time_zone", "Mars/Olympus_Mons"));
        eventually(() -> configs.problems().getOrDefault(id, "").contains("time_zone 'Mars/Olympus_Mons'"), Duration.ofSeconds(5),
                "the time zone's problem report");
        assertEquals("1-800-522-4700", configs.find(id).orElseThrow().helpline(), "never a half-read config");
        change(id, Map.of("time_zone", "America/New_York"));
        eventually(() -> !configs.problems().containsKey(id), Duration.ofSeconds(5), "the problem clearing");
        eventually(() -> configs.find(id).orElseThrow().helpline().equals("999"), Duration.ofSeconds(5), "the fixed configuration");
    }

    @Test
    void twoInstancesSeedingAtOnceCreateItOnce() throws Exception {
        String id = id();
        try (FirestoreCasinoConfigs other = new FirestoreCasinoConfigs(FIRESTORE.connection())) {
            var one = CompletableFuture.supplyAsync(() -> configs.createIfAbsent(casino(id, "1")));
            var two = CompletableFuture.supplyAsync(() -> other.createIfAbsent(casino(id, "2")));
            assertTrue(one.get() ^ two.get(), "exactly one created it");
            assertFalse(configs.createIfAbsent(casino(id, "3")));
        }
    }

    @Test
    void twoThousandUnknownCasinosCostNoReadAndNoPlaceInTheCacheWhileRealOnesAreServed() {
        String real = id();
        configs.createIfAbsent(casino(real, "1-800-522-4700"));
        CountedReads reads = new CountedReads();
        // refreshed hourly: the background refresh does not read while the test counts
        try (FirestoreConnection counted = reads.connect(FIRESTORE.emulator(), Duration.ofHours(1));
                FirestoreCasinoConfigs gated = new FirestoreCasinoConfigs(counted)) {
            assertEquals(real, gated.find(real).orElseThrow().id());
            long cached = gated.fill().size();
            long read = reads.documents();

            for (int i = 0; i < 2_000; i++) {
                assertTrue(gated.find("c-" + UUID.randomUUID()).isEmpty());
            }

            assertEquals(0, reads.documents() - read, "documents read for 2,000 unknown casinos");
            assertEquals(cached, gated.fill().size(), "configurations cached");
            assertEquals(0, gated.fill().evictions(), "configurations evicted");
            assertEquals("1-800-522-4700", gated.find(real).orElseThrow().helpline());
            assertEquals(0, reads.documents() - read, "the real casino is still served from the cache");
        }
    }

    @Test
    void aCasinoCreatedByAnotherInstanceBecomesKnownWithinTheRefresh() throws Exception {
        String id = id();
        assertTrue(configs.find(id).isEmpty(), "unknown before it exists");
        try (FirestoreCasinoConfigs other = new FirestoreCasinoConfigs(FIRESTORE.connection())) {
            assertTrue(other.createIfAbsent(casino(id, "1-800-522-4700")));
        }
        eventually(() -> configs.find(id).isPresent(), Duration.ofSeconds(10), "the new casino becoming known");
    }
}
