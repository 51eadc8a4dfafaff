package ai.heyseven.app;

import ai.heyseven.adapter.local.InMemoryAuditTrail;
import ai.heyseven.adapter.local.InMemoryChangeHashStore;
import ai.heyseven.adapter.local.InMemoryKnowledgeStore;
import ai.heyseven.adapter.local.PropertyFiles;
import ai.heyseven.ports.audit.AuditTrail;
import ai.heyseven.ports.health.HealthCheck;
import ai.heyseven.ports.health.HealthStatus;
import ai.heyseven.ports.knowledge.ChangeHashStore;
import ai.heyseven.ports.knowledge.KnowledgeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where knowledge items, their change hashes and the audit trail of CMS changes live. The change
 * hashes always sit beside the knowledge they describe: a hash that outlived its item (say, in
 * Redis while the items were in a process that restarted) would make the CMS's resent update look
 * unchanged and keep the old text forever. Today knowledge is in process memory, seeded from the
 * property files (the Firestore issue moves all three into Firestore and the hashes into Redis).
 */
record KnowledgeBackends(KnowledgeStore store, ChangeHashStore changeHashes, AuditTrail auditTrail, HealthCheck check) {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBackends.class);
    /** Items a local store holds at most, over all properties. */
    static final int MAX_LOCAL_ITEMS = 50_000;
    private static final int MAX_AUDIT_ENTRIES = 10_000;

    static KnowledgeBackends local(Settings settings, PropertyFiles properties) {
        InMemoryKnowledgeStore store = InMemoryKnowledgeStore.seededFrom(properties, MAX_LOCAL_ITEMS);
        String source = settings.propertiesDir().map(dir -> "property files in " + dir).orElse("bundled sample properties");
        LOG.info("knowledge in process memory, seeded from {}; CMS changes last until this process stops", source);
        HealthCheck check = HeySeven.check("knowledge", true, () -> HealthStatus.up("in-memory, seeded from " + source + ": "
                + properties.all().size() + " casinos"));
        return new KnowledgeBackends(store, new InMemoryChangeHashStore(MAX_LOCAL_ITEMS), new InMemoryAuditTrail(MAX_AUDIT_ENTRIES), check);
    }
}
