package ai.heyseven.core.concierge;

import ai.heyseven.adapter.local.InMemoryKnowledgeStore;
import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.casino.CasinoConfigSource;
import ai.heyseven.ports.compliance.ComplianceEvent;
import ai.heyseven.ports.compliance.ComplianceEvents;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.conversation.Checkpoint;
import ai.heyseven.ports.conversation.CheckpointStore;
import ai.heyseven.ports.conversation.ClaimLostException;
import ai.heyseven.ports.conversation.TurnClaim;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.KnowledgeStore;
import ai.heyseven.ports.knowledge.WeeklyHours;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Small in-memory stand-ins for the driven ports, beside the real adapters that run the same flows in app's tests. */
final class Fixtures {
    static final CasinoConfig CASINO = new CasinoConfig("test-casino", "Test Casino", ZoneId.of("America/Los_Angeles"),
            null, List.of("en"), List.of(), Map.of());
    static final CasinoConfig OTHER = new CasinoConfig("other-casino", "Other Casino", ZoneId.of("America/New_York"),
            null, List.of("en"), List.of(), Map.of());
    static final CasinoConfig CAUTIOUS = new CasinoConfig("cautious-casino", "Cautious Casino", ZoneId.of("America/Chicago"),
            "1-800-522-4700", List.of("en"), List.of("+17025550199"),
            Map.of("semantic_classifier", true, "semantic_classifier_fail_closed", true));
    static final CasinoConfig CURIOUS = new CasinoConfig("curious-casino", "Curious Casino", ZoneId.of("America/Chicago"),
            null, List.of("en"), List.of(), Map.of("semantic_classifier", true));
    static final KnowledgeItem TRATTORIA = new KnowledgeItem("trattoria", CASINO.id(), Intent.DINING, "Trattoria Uno",
            "Italian pasta and wine", "Lobby", WeeklyHours.parse(Map.of("mon", "17:00-22:00")), "$$", List.of("italian"));
    static final KnowledgeItem POOL = new KnowledgeItem("pool", CASINO.id(), Intent.AMENITIES, "Sky Pool",
            "Rooftop pool with cabanas", "Roof", WeeklyHours.NONE, "", List.of("pool"));
    static final KnowledgeItem OTHER_ITALIAN = new KnowledgeItem("osteria", OTHER.id(), Intent.DINING, "Osteria Altra",
            "Italian osteria", "Pier", WeeklyHours.NONE, "$$", List.of("italian"));

    /**
     * A reply without the opening a conversation's first reply carries (the AI disclosure, a welcome
     * back): what the tests of answers compare.
     */
    static String body(String reply) {
        int end = reply.indexOf("\n\n");
        if (end > 0 && end <= 300 && discloses(reply.substring(0, end))) {
            return reply.substring(end + 2);
        }
        int last = reply.lastIndexOf("\n\n");
        return last > 0 && discloses(reply.substring(last + 2)) ? reply.substring(0, last) : reply;
    }

    /** Whether {@code text} is the AI disclosure, in one of the four languages. */
    private static boolean discloses(String text) {
        return text.length() <= 300 && (text.contains("AI assistant") || text.contains("asistente de IA")
                || text.contains("assistente de IA") || text.contains("AI助手"));
    }

    private Fixtures() {
    }

    static final class Casinos implements CasinoConfigSource {
        @Override
        public Optional<CasinoConfig> find(String casinoId) {
            return all().stream().filter(c -> c.id().equals(casinoId)).findFirst();
        }

        @Override
        public List<CasinoConfig> all() {
            return List.of(CASINO, OTHER, CAUTIOUS, CURIOUS);
        }
    }

    /** The fixture items in a real in-memory store. */
    static KnowledgeStore knowledge() {
        InMemoryKnowledgeStore store = new InMemoryKnowledgeStore(100);
        List.of(TRATTORIA, POOL, OTHER_ITALIAN).forEach(item -> store.upsert(item, Optional.empty()));
        return store;
    }

    /** Keeps every compliance event, so tests can see what was recorded. */
    static final class Events implements ComplianceEvents {
        final List<ComplianceEvent> recorded = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void record(ComplianceEvent event) {
            recorded.add(event);
        }

        @Override
        public List<ComplianceEvent> recent(String casinoId, int limit) {
            return recorded.reversed().stream().filter(event -> event.casinoId().equals(casinoId)).limit(limit).toList();
        }
    }

    /** Keeps every checkpoint written, so tests can see each step's; claims never lapse. */
    static final class Checkpoints implements CheckpointStore {
        final List<Checkpoint> written = new ArrayList<>();
        private final Map<String, Checkpoint> latest = new ConcurrentHashMap<>();
        private final Map<String, String> claims = new ConcurrentHashMap<>();

        @Override
        public Optional<Checkpoint> latest(String threadId) {
            return Optional.ofNullable(latest.get(threadId));
        }

        @Override
        public Optional<TurnClaim> claim(String threadId, Duration lease) {
            TurnClaim claim = new TurnClaim(threadId, UUID.randomUUID().toString(), lease);
            return claims.putIfAbsent(threadId, claim.token()) == null ? Optional.of(claim) : Optional.empty();
        }

        @Override
        public synchronized void save(TurnClaim claim, Checkpoint checkpoint) {
            if (!claim.token().equals(claims.get(checkpoint.threadId()))) {
                throw new ClaimLostException(checkpoint.threadId());
            }
            written.add(checkpoint);
            latest.put(checkpoint.threadId(), checkpoint);
        }

        @Override
        public boolean renew(TurnClaim claim) {
            return claim.token().equals(claims.get(claim.threadId()));
        }

        @Override
        public void release(TurnClaim claim) {
            claims.remove(claim.threadId(), claim.token());
        }

        /** As when a claim's lease ran out and another turn claimed the thread. */
        void takeOver(String threadId) {
            claims.put(threadId, "another turn");
        }

        @Override
        public void delete(String threadId) {
            latest.remove(threadId);
        }

        @Override
        public int deleteGuest(String casinoId, String guestId) {
            List<String> theirs = latest.values().stream()
                    .filter(checkpoint -> casinoId.equals(checkpoint.casinoId()) && guestId.equals(checkpoint.guestId()))
                    .map(Checkpoint::threadId).toList();
            theirs.forEach(latest::remove);
            return theirs.size();
        }
    }
}
