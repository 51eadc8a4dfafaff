package ai.heyseven.core.concierge;

import ai.heyseven.ports.concierge.AgentEvent;
import ai.heyseven.ports.telemetry.Measurement;
import ai.heyseven.ports.telemetry.Span;
import ai.heyseven.ports.telemetry.Telemetry;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Passes a turn's events on and notes what the turn's measurement needs: when the first text went
 * out, and how the turn ended.
 */
final class TurnWitness implements Consumer<AgentEvent> {
    private static final String NONE = "none";

    private final Consumer<AgentEvent> client;
    private final long start = System.nanoTime();
    private long firstText;
    private AgentEvent last;

    TurnWitness(Consumer<AgentEvent> client) {
        this.client = client;
    }

    @Override
    public void accept(AgentEvent event) {
        if (firstText == 0 && (event instanceof AgentEvent.Token || event instanceof AgentEvent.Replace)) {
            firstText = System.nanoTime();
        }
        if (event instanceof AgentEvent.Done || event instanceof AgentEvent.Failure) {
            last = event;
        }
        client.accept(event);
    }

    /** Records the turn's measurement and puts its outcome on its span. */
    void report(Telemetry telemetry, Span span) {
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Duration toFirstText = firstText == 0 ? null : Duration.ofNanos(firstText - start);
        Measurement.TurnEnded ended = switch (last) {
            case AgentEvent.Done done -> new Measurement.TurnEnded("done", done.intent().wireName(),
                    done.validation().wireName(), done.guardrail() == null ? NONE : done.guardrail().wireName(), took, toFirstText);
            case AgentEvent.Failure failure -> new Measurement.TurnEnded("error", NONE, NONE, NONE, took, toFirstText);
            case null, default -> new Measurement.TurnEnded("cancelled", NONE, NONE, NONE, took, toFirstText);
        };
        span.attribute("heyseven.outcome", ended.outcome())
                .attribute("heyseven.intent", ended.intent())
                .attribute("heyseven.validation", ended.validation())
                .attribute("heyseven.guardrail", ended.guardrail());
        telemetry.record(ended);
    }
}
