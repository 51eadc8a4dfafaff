package ai.heyseven.app.telemetry;

import ai.heyseven.ports.model.ModelRole;
import ai.heyseven.ports.model.TokenUsage;
import ai.heyseven.ports.model.UsageListener;
import java.util.Optional;

/**
 * Collects what the model reports for each call while {@link ObservedLanguageModel} observes it:
 * the model tells its counts on the calling thread before the call returns, so one holder per
 * thread and call is enough. Counts told outside an observed call (the start-up probe) are ignored.
 */
public final class ModelUsage implements UsageListener {
    private final ThreadLocal<TokenUsage[]> current = new ThreadLocal<>();

    @Override
    public void used(ModelRole role, TokenUsage usage) {
        TokenUsage[] call = current.get();
        if (call != null) {
            call[0] = call[0] == null ? usage : call[0].plus(usage);
        }
    }

    /** Starts collecting for a call on this thread; what it returns gives the call's counts. */
    Call begin() {
        TokenUsage[] outer = current.get();
        TokenUsage[] call = new TokenUsage[1];
        current.set(call);
        return new Call(call, outer);
    }

    /** One observed call's collection. */
    final class Call implements AutoCloseable {
        private final TokenUsage[] counted;
        private final TokenUsage[] outer;

        private Call(TokenUsage[] counted, TokenUsage[] outer) {
            this.counted = counted;
            this.outer = outer;
        }

        /** What the model reported for this call, all attempts together; empty when it reported nothing. */
        Optional<TokenUsage> reported() {
            return Optional.ofNullable(counted[0]);
        }

        @Override
        public void close() {
            if (outer == null) {
                current.remove();
            } else {
                current.set(outer);
            }
        }
    }
}
