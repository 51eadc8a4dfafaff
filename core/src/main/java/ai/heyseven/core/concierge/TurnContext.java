package ai.heyseven.core.concierge;

import ai.heyseven.core.graph.RunContext;
import ai.heyseven.core.guardrails.PiiRedactor;
import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.concierge.AgentEvent;
import ai.heyseven.ports.conversation.ChatMessage;
import ai.heyseven.ports.guest.ProfileField;
import ai.heyseven.ports.telemetry.Measurement;
import ai.heyseven.ports.telemetry.Span;
import ai.heyseven.ports.telemetry.Telemetry;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** What the nodes of one turn share: the property, its local time, where events go, cancellation. */
final class TurnContext implements RunContext {
    private final CasinoConfig casino;
    private final String threadId;
    private final String guestId;
    private final ZonedDateTime localTime;
    private final Consumer<AgentEvent> events;
    private final BooleanSupplier cancelled;
    private final PiiRedactor redactor;
    private final long deadlineNanos;
    private final Map<String, String> guestFacts;
    private final Telemetry telemetry;
    private final List<ChatMessage> conversation;
    /** The last message read for what it states of the guest: retrieval and the host's touch both ask, once a turn. */
    private volatile Stated stated;

    TurnContext(CasinoConfig casino, String threadId, String guestId, ZonedDateTime localTime, Consumer<AgentEvent> events,
            BooleanSupplier cancelled, PiiRedactor redactor, Duration turnTime, Map<String, String> guestFacts,
            Telemetry telemetry, List<ChatMessage> conversation) {
        this.casino = casino;
        this.threadId = threadId;
        this.guestId = guestId;
        this.localTime = localTime;
        this.events = events;
        this.cancelled = cancelled;
        this.redactor = redactor;
        this.deadlineNanos = System.nanoTime() + turnTime.toNanos();
        this.guestFacts = guestFacts;
        this.telemetry = telemetry;
        this.conversation = conversation;
    }

    /** The conversation as this turn began, the guest's new message last: what a host's case is opened with. */
    List<ChatMessage> conversation() {
        return conversation;
    }

    /** The redactor of the property (its own numbers are not personal data). */
    PiiRedactor redactor() {
        return redactor;
    }

    Telemetry telemetry() {
        return telemetry;
    }

    /** What the guest's profile says, by field ({@code dietary → vegetarian}); empty for an anonymous guest. */
    Map<String, String> guestFacts() {
        return guestFacts;
    }

    /** How long the turn still has before its deadline; zero once it has passed. */
    Duration timeLeft() {
        return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
    }

    /** {@code text} with personal data replaced, as it may be stored. */
    String redact(String text) {
        return redactor.redact(text);
    }

    CasinoConfig casino() {
        return casino;
    }

    String threadId() {
        return threadId;
    }

    /**
     * What {@code message} states about the guest ({@link ProfileFacts#in}), read once a turn however
     * many nodes ask; unmodifiable.
     */
    Map<ProfileField, String> statedIn(String message) {
        Stated last = stated;
        if (last == null || !last.message().equals(message)) {
            last = new Stated(message, Collections.unmodifiableMap(ProfileFacts.in(message)));
            stated = last;
        }
        return last.facts();
    }

    private record Stated(String message, Map<ProfileField, String> facts) { }

    /** The guest, or {@code null} when anonymous. */
    String guestId() {
        return guestId;
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

    /** A span per node, and its duration measured. */
    @Override
    public Step enter(String node) {
        if (telemetry == Telemetry.NONE) {
            return Step.NONE;
        }
        long start = System.nanoTime();
        Span span = telemetry.span("node " + node);
        return () -> {
            span.close();
            telemetry.record(new Measurement.NodeRan(node, Duration.ofNanos(System.nanoTime() - start)));
        };
    }
}
