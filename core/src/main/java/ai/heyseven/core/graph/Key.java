package ai.heyseven.core.graph;

import java.util.Objects;
import java.util.function.BinaryOperator;

/**
 * A typed field of a {@link GraphState}: its name, the value it starts with, how updates merge into
 * it ({@link Reducers}), and whether it is reset at the start of every turn.
 *
 * <p>Keys are created by {@link Schema.Builder}, which numbers them.
 *
 * @param <V> the type of the field's value
 */
public final class Key<V> {
    private final String name;
    private final int index;
    private final V initial;
    private final BinaryOperator<V> reducer;
    private final boolean perTurn;

    Key(String name, int index, V initial, BinaryOperator<V> reducer, boolean perTurn) {
        this.name = Objects.requireNonNull(name, "name");
        this.index = index;
        this.initial = initial;
        this.reducer = Objects.requireNonNull(reducer, "reducer");
        this.perTurn = perTurn;
    }

    public String name() {
        return name;
    }

    /** The value a new state holds, and a per-turn field returns to at each turn. */
    public V initial() {
        return initial;
    }

    /** Whether the field is reset to {@link #initial()} when a turn starts. */
    public boolean perTurn() {
        return perTurn;
    }

    int index() {
        return index;
    }

    V reduce(V current, V update) {
        return reducer.apply(current, update);
    }

    @Override
    public String toString() {
        return name;
    }
}
