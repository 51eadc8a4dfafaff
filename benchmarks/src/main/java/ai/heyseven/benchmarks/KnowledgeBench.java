package ai.heyseven.benchmarks;

import ai.heyseven.adapter.embedding.LocalEmbedder;
import ai.heyseven.adapter.local.InMemoryAuditTrail;
import ai.heyseven.adapter.local.InMemoryChangeHashStore;
import ai.heyseven.adapter.local.InMemoryKnowledgeStore;
import ai.heyseven.core.knowledge.Ingestion;
import ai.heyseven.core.knowledge.KnowledgeIndex;
import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.casino.CasinoConfigSource;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.ContentChange;
import ai.heyseven.ports.knowledge.IngestOutcome;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.WeeklyHours;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Knowledge at scale: one query over a catalogue of generated items (one chunk each) — lexical,
 * and hybrid with the query embedded by the bundled MiniLM model — and one CMS change applied
 * through {@link Ingestion} (screen, hash check, store, audit, index refresh with the changed
 * chunk re-embedded and BM25 rebuilt). The model's cold load time is {@link EmbedderLoadBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KnowledgeBench {
    private static final String CASINO = "bench";
    private static final String[] CUISINES = {"sushi", "steak", "pizza", "tacos", "noodles", "dim sum", "burgers", "seafood",
        "vegan bowls", "pastries", "ramen", "barbecue", "curry", "salads", "oysters", "crepes"};
    private static final String[] THINGS = {"pool", "spa", "arcade", "lounge", "theater", "gym", "boutique", "garage",
        "chapel", "terrace", "bowling", "cinema", "salon", "marina", "garden", "gallery"};
    private static final String[] WORDS = {"late", "family", "quiet", "rooftop", "view", "live music", "happy hour", "brunch",
        "private rooms", "outdoor", "heated", "weekend", "members", "free", "reservations", "walk-in"};
    private static final String[] QUESTIONS = {"Where can I get sushi after the show?", "Is there a rooftop pool?",
        "Somewhere quiet for a cocktail", "Any vegan food open late?", "Where can the kids play arcade games?",
        "I want a massage tomorrow morning", "¿Dónde puedo comer tacos?", "Is there live music tonight?"};

    /** Chunks in the catalogue. */
    @Param({"10000"})
    public int chunks;

    private LocalEmbedder embedder;
    private KnowledgeIndex hybrid;
    private KnowledgeIndex lexical;
    private Ingestion ingestion;
    private int question;
    private long change;

    @Setup(Level.Trial)
    public void build() {
        embedder = LocalEmbedder.load(Runtime.getRuntime().availableProcessors(), 256, Duration.ofSeconds(10));
        InMemoryKnowledgeStore store = new InMemoryKnowledgeStore(chunks + 10);
        Random random = new Random(7);
        for (int i = 0; i < chunks; i++) {
            store.upsert(item(i, random, ""), Optional.empty());
        }
        hybrid = new KnowledgeIndex(store, embedder, 4);
        lexical = new KnowledgeIndex(store, 4);
        long started = System.nanoTime();
        hybrid.warm(CASINO);
        System.out.printf("%nembedded and indexed %d chunks in %d ms%n", hybrid.chunkCount(CASINO), (System.nanoTime() - started) / 1_000_000);
        lexical.warm(CASINO);
        CasinoConfig casino = new CasinoConfig(CASINO, "Bench Resort", ZoneId.of("America/Los_Angeles"), null, List.of("en"), List.of(),
                Map.of());
        CasinoConfigSource casinos = new CasinoConfigSource() {
            @Override
            public Optional<CasinoConfig> find(String casinoId) {
                return casinoId.equals(CASINO) ? Optional.of(casino) : Optional.empty();
            }

            @Override
            public List<CasinoConfig> all() {
                return List.of(casino);
            }
        };
        ingestion = new Ingestion(store, new InMemoryChangeHashStore(chunks + 10), new InMemoryAuditTrail(1_000), hybrid, casinos,
                Clock.systemUTC(), Duration.ofSeconds(5), "bench");
    }

    @TearDown(Level.Trial)
    public void close() {
        embedder.close();
    }

    private static KnowledgeItem item(int i, Random random, String suffix) {
        boolean dining = i % 2 == 0;
        String subject = dining ? CUISINES[random.nextInt(CUISINES.length)] : THINGS[random.nextInt(THINGS.length)];
        StringBuilder description = new StringBuilder("A ").append(WORDS[random.nextInt(WORDS.length)]).append(' ').append(subject);
        for (int w = 0; w < 12; w++) {
            description.append(w % 4 == 0 ? ". " : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return new KnowledgeItem("item-" + i, CASINO, dining ? Intent.DINING : Intent.AMENITIES, "Place " + i + " " + subject,
                description.append('.').append(suffix).toString(), "Level " + (i % 9), WeeklyHours.parse(Map.of("fri", "17:00-23:00")),
                "$$", List.of(subject));
    }

    @Benchmark
    public List<KnowledgeItem> search_hybrid() {
        return hybrid.search(CASINO, QUESTIONS[question++ & 7], Intent.GENERAL);
    }

    /** The query embedding alone, to show its share of {@link #search_hybrid()}. */
    @Benchmark
    public float[] embedQuery() {
        return embedder.embed(QUESTIONS[question++ & 7]);
    }

    @Benchmark
    public List<KnowledgeItem> search_lexical() {
        return lexical.search(CASINO, QUESTIONS[question++ & 7], Intent.GENERAL);
    }

    /** One changed item per call: every call is a real change (a new description), never a skipped repeat. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public IngestOutcome ingest_changedItem() {
        long n = change++;
        KnowledgeItem changed = item((int) (n % chunks), new Random(n), " Revision " + n + ".");
        IngestOutcome outcome = ingestion.apply(new ContentChange.Upserted(changed, Optional.empty()));
        if (outcome != IngestOutcome.INGESTED) {
            throw new IllegalStateException("expected a real change, got " + outcome);
        }
        return outcome;
    }
}
