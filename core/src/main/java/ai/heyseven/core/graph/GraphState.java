package ai.heyseven.core.graph;

import java.util.Arrays;

/**
 * The immutable state of a graph run. Reading a field is an array access; every change returns a
 * new state that shares the unchanged values.
 */
public final class GraphState {
    private final Schema schema;
    private final Object[] values;

    GraphState(Schema schema, Object[] values) {
        this.schema = schema;
        this.values = values;
    }

    /** The value of {@code key}. */
    @SuppressWarnings("unchecked")
    public <V> V get(Key<V> key) {
        return (V) values[checked(key).index()];
    }

    /** A state with {@code update} merged in through each key's reducer. */
    public GraphState merge(Update update) {
        if (update.isEmpty()) {
            return this;
        }
        Object[] next = values.clone();
        update.applyTo(next, this);
        return new GraphState(schema, next);
    }

    /** A state with the value of {@code key} set to {@code value} as is, bypassing its reducer. */
    public <V> GraphState with(Key<V> key, V value) {
        Object[] next = values.clone();
        next[checked(key).index()] = value;
        return new GraphState(schema, next);
    }

    /** A state whose per-turn fields are back at their initial values: call it when a turn starts. */
    public GraphState startTurn() {
        Object[] next = values.clone();
        for (Key<?> key : schema.keys()) {
            if (key.perTurn()) {
                next[key.index()] = key.initial();
            }
        }
        return new GraphState(schema, next);
    }

    public Schema schema() {
        return schema;
    }

    <V> Key<V> checked(Key<V> key) {
        int index = key.index();
        if (index >= values.length || schema.keys().get(index) != key) {
            throw new IllegalArgumentException("key '" + key + "' does not belong to this state's schema");
        }
        return key;
    }

    @Override
    public String toString() {
        return "GraphState" + Arrays.toString(values);
    }
}
