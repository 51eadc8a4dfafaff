package ai.heyseven.app.telemetry;

import ai.heyseven.ports.concierge.GuardrailLayer;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.desk.CaseReason;
import ai.heyseven.ports.desk.GuestChannel;
import ai.heyseven.ports.telemetry.Measurement;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Each measurement as Micrometer meters. Names as Prometheus shows them are listed in
 * {@code docs/slo.md}; every tag comes from a small fixed set (a route template, a node, an intent).
 *
 * <p>A meter is built and registered once per name and tag values, then found again by those: a
 * turn records about twenty measurements, and Micrometer's builder sorts tags and looks the meter
 * up in the registry on every call. The cache is bounded; past the bound a meter is still
 * registered as before, only not remembered here.
 */
final class MeasurementMeters {
    /** Buckets for what a guest waits for: from a few milliseconds to the longest turn. */
    private static final Duration[] WAITS = {
        Duration.ofMillis(5), Duration.ofMillis(25), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30),
        Duration.ofSeconds(60)};
    /** Buckets for the engine's own work and backend calls. */
    private static final Duration[] STEPS = {
        Duration.ofNanos(100_000), Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(25), Duration.ofMillis(100),
        Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofSeconds(10)};

    static final int MAX_CACHED = 4_096;

    private final MeterRegistry registry;
    private final Map<List<String>, Meter> meters = new ConcurrentHashMap<>();

    /** Reasons work is refused, guardrail layers, empty retrievals, ratings and desk cases: counted from zero, so a rate is defined before the first one. */
    private static final List<String> REJECTIONS = List.of("rate_limit", "draining", "overloaded", "bulkhead", "circuit_open");

    MeasurementMeters(MeterRegistry registry) {
        this.registry = registry;
        REJECTIONS.forEach(this::rejections);
        for (GuardrailLayer layer : GuardrailLayer.values()) {
            refusals(layer.wireName());
        }
        for (Intent intent : Intent.values()) {
            emptyRetrievals(intent.wireName());
        }
        for (int rating = 1; rating <= 5; rating++) {
            ratings(rating);
        }
        for (String kind : List.of("occasion", "return_visit")) {
            hostOffers(kind, "offered");
            hostOffers(kind, "accepted");
        }
        for (CaseReason reason : CaseReason.values()) {
            for (GuestChannel channel : GuestChannel.values()) {
                casesOpened(reason.wireName(), channel.wireName());
            }
        }
    }

    void record(Measurement measurement) {
        switch (measurement) {
            case Measurement.TurnEnded turn -> turn(turn);
            case Measurement.NodeRan node -> timer("heyseven.node.duration", "a graph node's run", STEPS, "node", node.node())
                    .record(node.took());
            case Measurement.Retrieved retrieved -> retrieved(retrieved);
            case Measurement.ModelCalled call -> model(call);
            case Measurement.BackendCalled call -> timer("heyseven.backend.calls", "calls to Redis, Firestore and Telnyx", STEPS,
                    "backend", call.backend(), "operation", call.operation(), "outcome", call.outcome()).record(call.took());
            case Measurement.HttpServed served -> timer("heyseven.http.requests", "HTTP requests answered", WAITS,
                    "method", served.method(), "route", served.route(), "status", Integer.toString(served.status()))
                    .record(served.took());
            case Measurement.Rejected rejected -> rejections(rejected.reason()).increment();
            case Measurement.FeedbackGiven feedback -> ratings(feedback.rating()).increment();
            case Measurement.CaseOpened opened -> casesOpened(opened.reason(), opened.channel()).increment();
            case Measurement.HostOffered offer -> hostOffers(offer.kind(), offer.outcome()).increment();
        }
    }

    private void turn(Measurement.TurnEnded turn) {
        timer("heyseven.turn.duration", "a whole turn, from the request to its last event", WAITS,
                "outcome", turn.outcome(), "intent", turn.intent(), "validation", turn.validation(), "guardrail", turn.guardrail())
                .record(turn.took());
        if (turn.firstToken() != null) {
            timer("heyseven.turn.first.token", "from a turn's start to the first text the guest sees", WAITS)
                    .record(turn.firstToken());
        }
        if (!turn.guardrail().equals("none")) {
            refusals(turn.guardrail()).increment();
        }
        if (!turn.validation().equals("none")) {
            counter("heyseven.validation.outcomes", "how answers fared against the grounding check", "validation", turn.validation())
                    .increment();
        }
    }

    private void retrieved(Measurement.Retrieved retrieved) {
        this.<DistributionSummary>cached(() -> DistributionSummary.builder("heyseven.retrieval.hits")
                .description("knowledge chunks a retrieval found").tags("category", retrieved.category()).register(registry),
                "heyseven.retrieval.hits", "category", retrieved.category()).record(retrieved.hits());
        if (retrieved.hits() == 0) {
            emptyRetrievals(retrieved.category()).increment();
        }
    }

    private void model(Measurement.ModelCalled call) {
        timer("heyseven.model.calls", "language model calls", WAITS, "role", call.role(), "outcome", call.outcome())
                .record(call.took());
        String source = call.estimated() ? "estimated" : "reported";
        tokens(call.role(), "prompt", source).increment(call.tokens().prompt());
        tokens(call.role(), "output", source).increment(call.tokens().output());
        tokens(call.role(), "cached", source).increment(call.tokens().cached());
        tokens(call.role(), "thinking", source).increment(call.tokens().thinking());
        call.costUsd().ifPresent(cost -> counter("heyseven.model.cost.usd", "what model calls cost at the configured prices, in US dollars",
                "role", call.role()).increment(cost));
    }

    /** What the model calls of a turn that called the model cost together, at the configured prices. */
    void turnCost(double dollars) {
        this.<DistributionSummary>cached(() -> DistributionSummary.builder("heyseven.turn.cost.usd")
                .description("what the model calls of one turn cost at the configured prices, in US dollars (turns that called the model)").register(registry),
                "heyseven.turn.cost.usd").record(dollars);
    }

    private Counter tokens(String role, String kind, String source) {
        return counter("heyseven.model.tokens", "tokens of model calls by kind (prompt, output, cached, thinking), as the model "
                + "reported them or, when it reported none, estimated", "role", role, "kind", kind, "source", source);
    }

    private Counter hostOffers(String kind, String outcome) {
        return counter("heyseven.host.offers", "occasion incentives and return-visit suggestions the agent made, and those guests accepted",
                "kind", kind, "outcome", outcome);
    }

    private Counter casesOpened(String reason, String channel) {
        return counter("heyseven.desk.cases.opened", "host desk cases opened (or opened again), by reason and channel",
                "reason", reason, "channel", channel);
    }

    private Counter ratings(int rating) {
        return counter("heyseven.feedback", "ratings guests gave their conversations", "rating", Integer.toString(rating));
    }

    private Counter emptyRetrievals(String category) {
        return counter("heyseven.retrieval.empty", "retrievals that found nothing", "category", category);
    }

    private Counter rejections(String reason) {
        return counter("heyseven.rejections", "work refused to protect the service", "reason", reason);
    }

    private Counter refusals(String layer) {
        return counter("heyseven.guardrail.refusals", "turns a guardrail layer answered instead of the model", "layer", layer);
    }

    private Timer timer(String name, String description, Duration[] buckets, String... tags) {
        return cached(() -> Timer.builder(name).description(description).tags(tags).serviceLevelObjectives(buckets).register(registry),
                name, tags);
    }

    private Counter counter(String name, String description, String... tags) {
        return cached(() -> Counter.builder(name).description(description).tags(tags).register(registry), name, tags);
    }

    @SuppressWarnings("unchecked") // one name is always registered as the same kind of meter
    private <M extends Meter> M cached(Supplier<M> register, String name, String... tags) {
        List<String> key = new ArrayList<>(tags.length + 1);
        key.add(name);
        Collections.addAll(key, tags);
        Meter meter = meters.get(key);
        if (meter == null) {
            meter = register.get();
            if (meters.size() < MAX_CACHED) {
                meters.putIfAbsent(key, meter);
            }
        }
        return (M) meter;
    }

    int cachedMeters() {
        return meters.size();
    }
}
