package ai.heyseven.core.concierge;

import ai.heyseven.core.graph.RunContext;
import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.concierge.AgentEvent;
import java.time.ZonedDateTime;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** What the nodes of one turn share: the property, its local time, where events go, cancellation. */
final class TurnContext implements RunContext {
    private final CasinoConfig casino;
    private final ZonedDateTime localTime;
    private final Consumer<AgentEvent> events;
    private final BooleanSupplier cancelled;

    TurnContext(CasinoConfig casino, ZonedDateTime localTime, Consumer<AgentEvent> events, BooleanSupplier cancelled) {
        this.casino = casino;
        this.localTime = localTime;
        this.events = events;
        this.cancelled = cancelled;
    }

    CasinoConfig casino() {
        return casino;
    }

    ZonedDateTime localTime() {
        return localTime;
    }

    void emit(AgentEvent event) {
        events.accept(event);
    }

    @Override
    public boolean cancelled() {
        return cancelled.getAsBoolean();
    }
}
