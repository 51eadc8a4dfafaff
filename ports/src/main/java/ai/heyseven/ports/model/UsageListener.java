package ai.heyseven.ports.model;

/**
 * Told what each model call used, as the model reported it: on the calling thread, before the
 * call returns, once per attempt that the model answered. A model that reports nothing never calls it.
 */
@FunctionalInterface
public interface UsageListener {

    UsageListener NONE = (role, usage) -> { };

    void used(ModelRole role, TokenUsage usage);
}
