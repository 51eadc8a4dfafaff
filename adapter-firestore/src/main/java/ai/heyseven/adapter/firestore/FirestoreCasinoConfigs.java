package ai.heyseven.adapter.firestore;

import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.casino.CasinoConfigException;
import ai.heyseven.ports.casino.CasinoConfigSource;
import ai.heyseven.ports.telemetry.BoundedStore;
import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.Firestore;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Casino configurations from {@code casinos/{casino}}, through a bounded Caffeine cache: one load
 * per casino at a time, the old value served while the new one loads, and every cached casino
 * re-read every {@code configRefresh} by one background thread, so a change reaches every
 * instance within that time even when nobody asks. A document that fails validation keeps the
 * last good configuration; the problem is logged and listed by {@link #problems()} for
 * {@code /health}. A casino seen invalid from the start is unknown until it is fixed.
 *
 * <p>Only the ids of the cached list of {@code casinos} (refreshed with the configurations) are
 * looked up: any other id is unknown at once, without a Firestore read and without a place in the
 * cache, so a client sending made-up ids can neither multiply reads nor push real casinos out. A
 * casino created in Firestore by someone else becomes known within {@code configRefresh}; one
 * created through {@link #createIfAbsent} at once.
 */
final class FirestoreCasinoConfigs implements CasinoConfigSource, BoundedStore, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FirestoreCasinoConfigs.class);
    private static final int MAX_CASINOS = 1_000;
    private static final String ALL = "";

    private final FirestoreConnection connection;
    private final Firestore db;
    private final LoadingCache<String, Optional<CasinoConfig>> configs;
    private final LoadingCache<String, Set<String>> ids;
    private final Map<String, String> problems = new ConcurrentHashMap<>();
    private final ScheduledExecutorService refresher;

    FirestoreCasinoConfigs(FirestoreConnection connection) {
        this.connection = connection;
        this.db = connection.client();
        var refresh = connection.settings().configRefresh();
        this.configs = Caffeine.newBuilder()
                .maximumSize(MAX_CASINOS)
                .refreshAfterWrite(refresh)
                .recordStats()
                .build(new CacheLoader<>() {
                    @Override
                    public Optional<CasinoConfig> load(String casinoId) {
                        return read(casinoId, Optional.empty());
                    }

                    @Override
                    public Optional<CasinoConfig> reload(String casinoId, Optional<CasinoConfig> lastGood) {
                        try {
                            return read(casinoId, lastGood);
                        } catch (CasinoConfigException e) {
                            LOG.warn("casino {} keeps its cached configuration: {}", casinoId, e.getMessage());
                            return lastGood;
                        }
                    }
                });
        this.ids = Caffeine.newBuilder().maximumSize(1).refreshAfterWrite(refresh).build(LastGood.of("the list of casinos", key -> listIds()));
        this.refresher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("casino-config-refresh").factory());
        refresher.scheduleWithFixedDelay(this::refreshAll, refresh.toMillis(), refresh.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public Optional<CasinoConfig> find(String casinoId) {
        try {
            if (!ids.get(ALL).contains(casinoId)) {
                return Optional.empty();
            }
            return configs.get(casinoId);
        } catch (CompletionException e) {
            throw failure(e);
        }
    }

    @Override
    public List<CasinoConfig> all() {
        try {
            return ids.get(ALL).stream().map(this::find).flatMap(Optional::stream).toList();
        } catch (CompletionException e) {
            throw failure(e);
        }
    }

    /** Casinos whose stored configuration is invalid now, with why; each still runs on its last good one, if it had one. */
    public Map<String, String> problems() {
        return new TreeMap<>(problems);
    }

    /**
     * Creates {@code casinos/{id}} from {@code config} unless it exists: safe when two instances
     * seed at once (one creates, the other finds it there).
     *
     * @return whether this call created it
     */
    public boolean createIfAbsent(CasinoConfig config) {
        try {
            connection.await(Paths.casino(db, config.id()).create(CasinoDocuments.write(config)), "creating casino " + config.id(),
                    CasinoConfigException::new);
            configs.invalidate(config.id());
            ids.invalidateAll();
            return true;
        } catch (CasinoConfigException e) {
            if (Fields.alreadyExists(e.getCause())) {
                return false;
            }
            throw e;
        }
    }

    private Optional<CasinoConfig> read(String casinoId, Optional<CasinoConfig> lastGood) {
        DocumentSnapshot document = connection.await(Paths.casino(db, casinoId).get(), "reading casino " + casinoId,
                CasinoConfigException::new);
        if (!document.exists()) {
            problems.remove(casinoId);
            return Optional.empty();
        }
        try {
            CasinoConfig config = CasinoDocuments.read(document);
            if (problems.remove(casinoId) != null) {
                LOG.info("the configuration of {} is valid again", casinoId);
            }
            return Optional.of(config);
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().equals(problems.put(casinoId, e.getMessage()))) {
                LOG.error("invalid configuration, {}: {}", lastGood.isPresent() ? "keeping the last good one" : "casino unknown until fixed",
                        e.getMessage());
            }
            return lastGood;
        }
    }

    /** The ids of {@code casinos}, in Firestore's order: the only ids {@link #find} looks up. */
    private Set<String> listIds() {
        List<String> listed = connection.await(db.collection(Paths.CASINOS).limit(MAX_CASINOS).get(), "listing casinos",
                CasinoConfigException::new).getDocuments().stream().map(DocumentSnapshot::getId).toList();
        if (listed.size() == MAX_CASINOS) {
            LOG.warn("{} casinos listed, the most one instance knows: any beyond them are unknown", MAX_CASINOS);
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(listed));
    }

    /**
     * Lists the casinos again (once a first lookup loaded the list), forgets the configuration of
     * any no longer listed, and re-reads the others; waits for each, so two rounds never overlap.
     * Runs every {@code configRefresh}.
     */
    private void refreshAll() {
        try {
            Set<String> known = ids.refreshAll(ids.asMap().keySet()).join().get(ALL);
            if (known != null) {
                configs.invalidateAll(configs.asMap().keySet().stream().filter(id -> !known.contains(id)).toList());
            }
        } catch (RuntimeException e) {
            LOG.warn("listing casinos: {}", e.toString());
        }
        try {
            configs.refreshAll(configs.asMap().keySet()).join();
        } catch (RuntimeException e) {
            LOG.warn("refreshing casino configurations: {}", e.toString());
        }
    }


    private static CasinoConfigException failure(CompletionException e) {
        return e.getCause() instanceof CasinoConfigException failure ? failure
                : new CasinoConfigException("reading casino configuration failed", e.getCause());
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }

    /** The cached configurations. */
    @Override
    public BoundedStore.Fill fill() {
        return new BoundedStore.Fill(configs.estimatedSize(), MAX_CASINOS, configs.stats().evictionCount());
    }
}
