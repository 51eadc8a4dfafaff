package ai.heyseven.core.graph;

import java.util.ArrayList;
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

    /** The update's elements are appended to the list; the result is immutable. */
    public static <E> BinaryOperator<List<E>> append() {
        return (current, update) -> {
            if (update.isEmpty()) {
                return current;
            }
            if (current.isEmpty()) {
                return List.copyOf(update);
            }
            List<E> joined = new ArrayList<>(current.size() + update.size());
            joined.addAll(current);
            joined.addAll(update);
            return List.copyOf(joined);
        };
    }

    /** The larger of the value and the update is kept (counters that never go back). */
    public static BinaryOperator<Integer> keepMax() {
        return Math::max;
    }
}
