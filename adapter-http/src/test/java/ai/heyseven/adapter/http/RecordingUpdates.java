package ai.heyseven.adapter.http;

import ai.heyseven.ports.knowledge.ContentChange;
import ai.heyseven.ports.knowledge.ContentRejectedException;
import ai.heyseven.ports.knowledge.IngestOutcome;
import ai.heyseven.ports.knowledge.KnowledgeUpdates;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records the content changes the route hands over, to check what reached the port (the real
 * ingestion runs behind the route in app's tests). Refuses changes for casino {@code nowhere}.
 */
final class RecordingUpdates implements KnowledgeUpdates {
    final List<ContentChange> applied = new CopyOnWriteArrayList<>();

    /** For servers whose tests never call the webhook: any call fails the test loudly. */
    static KnowledgeUpdates refusing() {
        return change -> {
            throw new AssertionError("this test does not expect a CMS change: " + change);
        };
    }

    @Override
    public IngestOutcome apply(ContentChange change) {
        if (change.casinoId().equals("nowhere")) {
            throw ContentRejectedException.unknownCasino("nowhere");
        }
        boolean seen = applied.contains(change);
        applied.add(change);
        return seen ? IngestOutcome.UNCHANGED : change instanceof ContentChange.Deleted ? IngestOutcome.DELETED : IngestOutcome.INGESTED;
    }
}
