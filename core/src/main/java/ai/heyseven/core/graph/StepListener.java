package ai.heyseven.core.graph;

/**
 * Called after every step, before the next one starts: the place to write a checkpoint, so that a
 * run resumes from its last good step.
 */
@FunctionalInterface
public interface StepListener {

    /**
     * @param state the state after the step
     * @param step the number of the step within this run, from 1
     * @param node the node that ran
     * @param nextNode the node to run next, or {@code null} when the run has ended
     */
    void afterStep(GraphState state, int step, String node, String nextNode);

    /** A listener that does nothing. */
    static StepListener none() {
        return (state, step, node, nextNode) -> { };
    }
}
