package ai.heyseven.adapter.firestore;

import ai.heyseven.ports.BackendException;
import com.github.benmanes.caffeine.cache.CacheLoader;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A cache loader whose background refresh keeps the value it has when Firestore fails, and says
 * so once: one WARN when the refreshes start failing, one INFO when they work again. Left to
 * itself, Caffeine logs every failed refresh with its whole stack trace — twice a second per
 * instance during an outage, drowning the lines an operator looks for. A first load still fails
 * loudly: there is no value to keep.
 */
final class LastGood<K, V> implements CacheLoader<K, V> {
    private static final Logger LOG = LoggerFactory.getLogger(LastGood.class);

    private final String what;
    private final Function<K, V> read;
    private final AtomicBoolean failing = new AtomicBoolean();

    private LastGood(String what, Function<K, V> read) {
        this.what = what;
        this.read = read;
    }

    /** A loader that reads with {@code read}; {@code what} names it in the log ("the knowledge versions"). */
    static <K, V> LastGood<K, V> of(String what, Function<K, V> read) {
        return new LastGood<>(what, read);
    }

    @Override
    public V load(K key) {
        return read.apply(key);
    }

    @Override
    public V reload(K key, V current) {
        try {
            V fresh = read.apply(key);
            if (failing.compareAndSet(true, false)) {
                LOG.info("refreshing {} works again", what);
            }
            return fresh;
        } catch (BackendException e) {
            if (failing.compareAndSet(false, true)) {
                LOG.warn("refreshing {} fails; the last values read are served until it works again: {}", what, e.getMessage());
            }
            return current;
        }
    }
}
