package ai.heyseven.ports.knowledge;

import java.util.Locale;

/** What ingesting a {@link ContentChange} did. Every outcome is a success for the sender. */
public enum IngestOutcome {
    /** The item was stored and indexed. */
    INGESTED,
    /** The item's content equals what was last ingested; nothing was written. */
    UNCHANGED,
    /** A newer version of the item is already stored; this one was ignored. */
    STALE,
    /** The item was removed and its chunks purged. */
    DELETED,
    /** The item to delete was not there. */
    ABSENT;

    /** The name on the wire: {@code ingested}, {@code unchanged}, … */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
