package ai.heyseven.ports.knowledge;

/**
 * What callers (the CMS webhook) ask of ingestion: apply one content change. Applying the same
 * change twice changes nothing the second time.
 */
public interface KnowledgeUpdates {

    /**
     * Applies {@code change}: stores it, purges what it replaces and refreshes this instance's index
     * before returning, so the next turn here answers from it.
     *
     * @throws ContentRejectedException when the change cannot be taken as sent (resending it is useless)
     * @throws ai.heyseven.ports.BackendException when a store failed or timed out (resending it may work)
     */
    IngestOutcome apply(ContentChange change);

    /**
     * Applies {@code change} as {@link #apply(ContentChange)} does — the same screening, versioning
     * and audit — recorded as coming from {@code actor} (a member of staff's id) rather than the CMS.
     * An implementation that keeps no audit of its own may leave this default.
     */
    default IngestOutcome apply(ContentChange change, String actor) {
        return apply(change);
    }
}
