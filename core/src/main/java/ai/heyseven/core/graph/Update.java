package ai.heyseven.core.graph;

/**
 * What a node changes: pairs of key and value, merged into the state through each key's reducer,
 * in the order they were added. A node builds it and returns it; the engine merges it once.
 *
 * <p>Immutable: {@link #and} returns a new update and leaves this one as it was, so its result must
 * be used — a call whose result is dropped changes nothing. Sharing an update is safe, and two
 * updates built from one do not see each other's fields.
 *
 * <pre>{@code
 * Update update = Update.of(INTENT, Intent.DINING);
 * if (retry) {
 *     update = update.and(ATTEMPTS, 1);
 * }
 * return update;
 * }</pre>
 */
public final class Update {
    // A persistent list, newest field first: adding a field costs one small object and copies nothing.
    private static final Update NONE = new Update(null, null, null);

    private final Update earlier;
    private final Key<?> key;
    private final Object value;

    private Update(Update earlier, Key<?> key, Object value) {
        this.earlier = earlier;
        this.key = key;
        this.value = value;
    }

    /** An update that changes nothing. */
    public static Update none() {
        return NONE;
    }

    /** An update of one field. */
    public static <V> Update of(Key<V> key, V value) {
        return NONE.and(key, value);
    }

    /** A new update with this one's fields and then {@code key}; this update is left unchanged. */
    public <V> Update and(Key<V> key, V value) {
        return new Update(this, key, value);
    }

    /** A new update with this one's fields and then {@code later}'s, in their order; both are left unchanged. */
    public Update and(Update later) {
        if (later == NONE) {
            return this;
        }
        return new Update(and(later.earlier), later.key, later.value);
    }

    boolean isEmpty() {
        return this == NONE;
    }

    /** Merges the fields into {@code target}, oldest first, as they were added. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void applyTo(Object[] target, GraphState owner) {
        if (this == NONE) {
            return;
        }
        earlier.applyTo(target, owner);
        Key checked = owner.checked(key);
        target[checked.index()] = checked.reduce(target[checked.index()], value);
    }
}
