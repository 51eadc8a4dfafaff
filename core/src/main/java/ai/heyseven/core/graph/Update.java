package ai.heyseven.core.graph;

import java.util.Arrays;

/**
 * What a node changes: pairs of key and value, merged into the state through each key's reducer.
 * A node builds it and returns it; the engine merges it once.
 *
 * <pre>{@code
 * return Update.of(INTENT, Intent.DINING).and(ATTEMPTS, 1);
 * }</pre>
 */
public final class Update {
    private static final Update NONE = new Update(new Key<?>[0], new Object[0], 0);

    private Key<?>[] keys;
    private Object[] values;
    private int size;

    private Update(Key<?>[] keys, Object[] values, int size) {
        this.keys = keys;
        this.values = values;
        this.size = size;
    }

    /** An update that changes nothing. */
    public static Update none() {
        return NONE;
    }

    /** An update of one field. */
    public static <V> Update of(Key<V> key, V value) {
        return new Update(new Key<?>[4], new Object[4], 0).and(key, value);
    }

    /** This update with one more field; returns this update (it is a builder until returned). */
    public <V> Update and(Key<V> key, V value) {
        if (this == NONE) {
            return of(key, value);
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        values[size] = value;
        size++;
        return this;
    }

    boolean isEmpty() {
        return size == 0;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void applyTo(Object[] target, GraphState owner) {
        for (int i = 0; i < size; i++) {
            Key key = owner.checked(keys[i]);
            target[key.index()] = key.reduce(target[key.index()], values[i]);
        }
    }
}
