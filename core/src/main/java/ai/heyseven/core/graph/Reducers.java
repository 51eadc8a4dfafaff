package ai.heyseven.core.graph;

import java.util.List;
import java.util.function.BinaryOperator;

/** How an update merges into a field. */
public final class Reducers {
    private Reducers() {
    }

    /** The update replaces the value (last write wins). */
    public static <V> BinaryOperator<V> replace() {
        return (current, update) -> update;
    }

    /**
     * The update's elements are appended to the list; the result is immutable, and appending to the
     * newest version does not copy the list, so a step costs the same however long the history.
     */
    public static <E> BinaryOperator<List<E>> append() {
        return (current, update) -> update.isEmpty() ? current : AppendOnlyList.of(current).plusAll(update);
    }

    /** The larger of the value and the update is kept (counters that never go back). */
    public static BinaryOperator<Integer> keepMax() {
        return Math::max;
    }
}
