package ai.heyseven.core.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * The fields of a graph's state. Build it once, keep its keys in constants:
 *
 * <pre>{@code
 * Schema.Builder fields = Schema.builder();
 * Key<List<String>> LOG = fields.conversation("log", List.of(), Reducers.append());
 * Key<Integer> ATTEMPTS = fields.perTurn("attempts", 0, Reducers.keepMax());
 * Schema SCHEMA = fields.build();
 * }</pre>
 */
public final class Schema {
    private final List<Key<?>> keys;

    private Schema(List<Key<?>> keys) {
        this.keys = List.copyOf(keys);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every key, in the order they were declared. */
    public List<Key<?>> keys() {
        return keys;
    }

    /** A state with every field at its initial value. */
    public GraphState initialState() {
        Object[] values = new Object[keys.size()];
        for (Key<?> key : keys) {
            values[key.index()] = key.initial();
        }
        return new GraphState(this, values);
    }

    int size() {
        return keys.size();
    }

    /** Declares keys; each builder makes one schema. */
    public static final class Builder {
        private final List<Key<?>> keys = new ArrayList<>();
        private boolean built;

        private Builder() {
        }

        /** A field that lives as long as the conversation. */
        public <V> Key<V> conversation(String name, V initial, BinaryOperator<V> reducer) {
            return add(name, initial, reducer, false);
        }

        /** A field that returns to {@code initial} at the start of every turn. */
        public <V> Key<V> perTurn(String name, V initial, BinaryOperator<V> reducer) {
            return add(name, initial, reducer, true);
        }

        private <V> Key<V> add(String name, V initial, BinaryOperator<V> reducer, boolean perTurn) {
            if (built) {
                throw new IllegalStateException("schema already built; cannot add '" + name + "'");
            }
            if (keys.stream().anyMatch(k -> k.name().equals(name))) {
                throw new IllegalArgumentException("a key named '" + name + "' already exists");
            }
            Key<V> key = new Key<>(name, keys.size(), initial, reducer, perTurn);
            keys.add(key);
            return key;
        }

        public Schema build() {
            built = true;
            return new Schema(keys);
        }
    }
}
