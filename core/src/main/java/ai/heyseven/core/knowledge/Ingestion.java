package ai.heyseven.core.knowledge;

import ai.heyseven.core.guardrails.Guardrails;
import ai.heyseven.ports.audit.AuditEntry;
import ai.heyseven.ports.audit.AuditTrail;
import ai.heyseven.ports.casino.CasinoConfigSource;
import ai.heyseven.ports.knowledge.ChangeHashStore;
import ai.heyseven.ports.knowledge.ContentChange;
import ai.heyseven.ports.knowledge.ContentRejectedException;
import ai.heyseven.ports.knowledge.IngestOutcome;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.KnowledgeStore;
import ai.heyseven.ports.knowledge.KnowledgeUpdates;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies content changes from the CMS: screens the text, skips content already ingested (by its
 * {@link ContentHash fingerprint} in the {@link ChangeHashStore}), stores the item (the store keeps
 * the newer of two updates), records who changed what, and refreshes this instance's index so its
 * old chunks are purged before the sender hears back. Every write has a time limit; a failed or
 * late write throws, so the sender retries — and a retry is safe, because each step is idempotent
 * and the change hash is recorded last. The audit entry is written before the change counts as
 * done (before the change hash, and before a deletion), so it is recorded at least once.
 */
public final class Ingestion implements KnowledgeUpdates {
    private static final Logger LOG = LoggerFactory.getLogger(Ingestion.class);

    private final KnowledgeStore store;
    private final ChangeHashStore hashes;
    private final AuditTrail audit;
    private final KnowledgeIndex index;
    private final CasinoConfigSource casinos;
    private final Clock clock;
    private final Duration writeTimeout;
    private final String actor;

    /**
     * @param index the index the concierge searches, refreshed after each change
     * @param writeTimeout the limit on each store call
     * @param actor who the changes are recorded as coming from, such as {@code cms-webhook}
     */
    public Ingestion(KnowledgeStore store, ChangeHashStore hashes, AuditTrail audit, KnowledgeIndex index,
            CasinoConfigSource casinos, Clock clock, Duration writeTimeout, String actor) {
        this.store = Objects.requireNonNull(store, "store");
        this.hashes = Objects.requireNonNull(hashes, "hashes");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.index = Objects.requireNonNull(index, "index");
        this.casinos = Objects.requireNonNull(casinos, "casinos");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.writeTimeout = Objects.requireNonNull(writeTimeout, "writeTimeout");
        this.actor = Objects.requireNonNull(actor, "actor");
        if (writeTimeout.isNegative() || writeTimeout.isZero()) {
            throw new IllegalArgumentException("writeTimeout must be positive, got " + writeTimeout);
        }
    }

    @Override
    public IngestOutcome apply(ContentChange change) {
        return apply(change, actor);
    }

    @Override
    public IngestOutcome apply(ContentChange change, String by) {
        Objects.requireNonNull(by, "by");
        if (casinos.find(change.casinoId()).isEmpty()) {
            throw ContentRejectedException.unknownCasino(change.casinoId());
        }
        IngestOutcome outcome = switch (change) {
            case ContentChange.Upserted upserted -> upsert(upserted, by);
            case ContentChange.Deleted deleted -> delete(deleted, by);
        };
        LOG.info("knowledge change {}/{}: {}", change.casinoId(), change.itemId(), outcome.wireName());
        return outcome;
    }

    private IngestOutcome upsert(ContentChange.Upserted change, String by) {
        KnowledgeItem item = change.item();
        screen(item);
        String fingerprint = ContentHash.of(item);
        Optional<String> ingested = TimeLimit.call(writeTimeout, "change-hash-store", () -> hashes.hash(item.casinoId(), item.id()));
        if (ingested.filter(fingerprint::equals).isPresent()) {
            return IngestOutcome.UNCHANGED;
        }
        boolean stored = TimeLimit.call(writeTimeout, "knowledge-store", () -> store.upsert(item, change.updatedAt()));
        if (!stored) {
            return IngestOutcome.STALE;
        }
        record(item.casinoId(), "knowledge.upserted", item.id(), by);
        TimeLimit.run(writeTimeout, "change-hash-store", () -> hashes.put(item.casinoId(), item.id(), fingerprint));
        index.refresh(item.casinoId());
        return IngestOutcome.INGESTED;
    }

    private IngestOutcome delete(ContentChange.Deleted change, String by) {
        record(change.casinoId(), "knowledge.deleted", change.itemId(), by);
        boolean existed = TimeLimit.call(writeTimeout, "knowledge-store", () -> store.delete(change.casinoId(), change.itemId()));
        TimeLimit.run(writeTimeout, "change-hash-store", () -> hashes.remove(change.casinoId(), change.itemId()));
        index.refresh(change.casinoId());
        return existed ? IngestOutcome.DELETED : IngestOutcome.ABSENT;
    }

    /** Refuses an item whose text would read as an instruction once quoted in a prompt. */
    private static void screen(KnowledgeItem item) {
        Guardrails guardrails = Guardrails.standard();
        if (guardrails.readsAsInjection(item.name())) {
            throw ContentRejectedException.unsafe(item.id(), "name");
        }
        if (guardrails.readsAsInjection(item.description())) {
            throw ContentRejectedException.unsafe(item.id(), "description");
        }
        if (guardrails.readsAsInjection(item.location() + "\n" + String.join(", ", item.tags()) + "\n" + item.priceRange())) {
            throw ContentRejectedException.unsafe(item.id(), "location, tags or price range");
        }
        // a translation is quoted to the model like the text it translates
        item.translations().forEach((language, translation) -> {
            if (guardrails.readsAsInjection(translation.name() + "\n" + translation.description() + "\n" + translation.location())) {
                throw ContentRejectedException.unsafe(item.id(), "translations." + language.code());
            }
        });
    }

    private void record(String casinoId, String action, String itemId, String by) {
        AuditEntry entry = new AuditEntry(casinoId, action, "item:" + itemId, by, clock.instant());
        TimeLimit.run(writeTimeout, "audit-trail", () -> audit.record(entry));
    }
}
