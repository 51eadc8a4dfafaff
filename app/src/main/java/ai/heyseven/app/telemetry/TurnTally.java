package ai.heyseven.app.telemetry;

import ai.heyseven.ports.telemetry.Measurement;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * The model calls of one turn added up: kept in the trace context of the outermost span (a chat
 * request's, or the turn's own on the SMS worker), so calls made on other threads for the same turn
 * (carried there with the context) count too. Read and emptied when the turn ends.
 */
final class TurnTally {
    private static final ContextKey<TurnTally> KEY = ContextKey.named("heyseven-turn-tally");

    private final LongAdder prompt = new LongAdder();
    private final LongAdder output = new LongAdder();
    private final DoubleAdder cost = new DoubleAdder();
    private volatile boolean priced;

    /** {@code context}, with a tally of its own when it has none yet (the outermost span starts one). */
    static Context within(Context context) {
        return context.get(KEY) == null ? context.with(KEY, new TurnTally()) : context;
    }

    /** The tally of the current context, or null outside any span. */
    static TurnTally current() {
        return Context.current().get(KEY);
    }

    void add(Measurement.ModelCalled call) {
        prompt.add(call.tokens().prompt());
        output.add(call.tokens().output() + call.tokens().thinking());
        call.costUsd().ifPresent(dollars -> {
            cost.add(dollars);
            priced = true;
        });
    }

    /** The turn's totals so far, emptying the tally for a next turn under the same span. */
    Totals take() {
        Totals totals = new Totals(prompt.sumThenReset(), output.sumThenReset(), priced, cost.sumThenReset());
        priced = false;
        return totals;
    }

    /** A turn's tokens, and its cost when every price was known. */
    record Totals(long prompt, long output, boolean priced, double costUsd) { }
}
