package ai.heyseven.core.graph;

/** What the engine needs of a run's context: whether the run was cancelled. */
public interface RunContext {
    boolean cancelled();
}
