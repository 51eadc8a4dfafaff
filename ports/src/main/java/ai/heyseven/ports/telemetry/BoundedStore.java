package ai.heyseven.ports.telemetry;

/**
 * A store or cache kept in process memory with a bound, whose fill the launcher shows as metrics:
 * how full it is and how much it has had to drop.
 */
public interface BoundedStore {

    /** How full it is now. */
    Fill fill();

    /**
     * @param size entries held now (an estimate for caches that evict in the background)
     * @param capacity the most it holds
     * @param evictions entries dropped since start to stay within the bound
     */
    record Fill(long size, long capacity, long evictions) { }
}
