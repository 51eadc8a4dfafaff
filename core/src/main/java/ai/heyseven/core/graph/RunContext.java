package ai.heyseven.core.graph;

/** What the engine needs of a run's context: whether the run was cancelled, and a hook around each node. */
public interface RunContext {
    boolean cancelled();

    /** Called as {@code node} starts; the engine closes what it returns when the node ends (also by an exception). */
    default Step enter(String node) {
        return Step.NONE;
    }

    /** A node's run, seen from outside: closing it ends it. */
    @FunctionalInterface
    interface Step extends AutoCloseable {
        Step NONE = () -> { };

        @Override
        void close();
    }
}
