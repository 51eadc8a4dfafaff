package ai.heyseven.core.concierge;

import static ai.heyseven.core.concierge.ConciergeState.GUARDRAIL;
import static ai.heyseven.core.concierge.ConciergeState.INTENT;
import static ai.heyseven.core.concierge.ConciergeState.LANGUAGE;
import static ai.heyseven.core.concierge.ConciergeState.MESSAGES;
import static ai.heyseven.core.concierge.ConciergeState.QUESTION;
import static ai.heyseven.core.concierge.ConciergeState.TURN;
import static ai.heyseven.core.concierge.ConciergeState.VALIDATION;

import ai.heyseven.core.graph.CompiledGraph;
import ai.heyseven.core.graph.GraphOutcome;
import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Update;
import ai.heyseven.core.guardrails.Language;
import ai.heyseven.core.guardrails.PiiRedactor;
import ai.heyseven.ports.BackendException;
import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.concierge.AgentEvent;
import ai.heyseven.ports.concierge.Problem;
import ai.heyseven.ports.concierge.TurnRequest;
import ai.heyseven.ports.concierge.Validation;
import ai.heyseven.ports.conversation.ChatMessage;
import ai.heyseven.ports.conversation.ClaimLostException;
import ai.heyseven.ports.telemetry.Span;
import ai.heyseven.ports.telemetry.Telemetry;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One turn of one conversation, run once. */
final class GraphTurn extends OnceTurn {
    private static final Logger LOG = LoggerFactory.getLogger(GraphTurn.class);
    private static final Runnable NOTHING = () -> { };

    private final CompiledGraph<TurnContext> graph;
    private final CasinoConfig casino;
    private final TurnRequest request;
    private final GraphState before;
    private final Clock clock;
    private final PiiRedactor redactor;
    private final Duration turnTime;
    private final GuestMemory memory;
    private final Telemetry telemetry;

    GraphTurn(CompiledGraph<TurnContext> graph, CasinoConfig casino, HeldThread thread, TurnRequest request, GraphState before,
            Clock clock, Duration turnTime, GuestMemory memory, PiiRedactor redactor, Telemetry telemetry) {
        super(thread);
        this.graph = graph;
        this.casino = casino;
        this.request = request;
        this.before = before;
        this.clock = clock;
        this.redactor = redactor;
        this.turnTime = turnTime;
        this.memory = memory;
        this.telemetry = telemetry;
    }

    /**
     * Runs the turn, lets the conversation go, and only then tells the guest how it ended: a guest
     * who sends the next message the moment {@code done} arrives finds the conversation free.
     */
    @Override
    void runOnce(Consumer<AgentEvent> client) {
        int turn = before.get(TURN) + 1;
        TurnWitness witness = new TurnWitness(new RedactingSink(client, redactor));
        Runnable ending;
        try (Span span = span(turn)) {
            try {
                ending = run(witness, turn, span);
            } finally {
                thread.release();
            }
            ending.run();
            witness.report(telemetry, span);
        }
    }

    /** The turn's span; telemetry that fails costs the turn nothing, least of all its conversation (it runs unrecorded). */
    private Span span(int turn) {
        try {
            return telemetry.span("turn").attribute("heyseven.casino_id", casino.id()).attribute("heyseven.turn", Integer.toString(turn));
        } catch (RuntimeException e) {
            LOG.warn("turn {} of thread {} runs without a trace span: {}", turn, thread.threadId(), e.toString());
            return Span.NONE;
        }
    }

    /** Runs the graph; returns what tells the guest how it ended, to be run once the conversation is let go. */
    private Runnable run(Consumer<AgentEvent> events, int turn, Span span) {
        events.accept(new AgentEvent.Metadata(thread.threadId(), request.requestId()));
        GraphState start = start(turn);
        GuestMemory.Recalled recalled = memory.recall(casino, thread.guestId(), request.message());
        Consumer<AgentEvent> sink = turn == 1 ? FirstReply.disclosing(events, casino, start.get(LANGUAGE), recalled.before()) : events;
        TurnContext context = new TurnContext(casino, thread.threadId(), thread.guestId(),
                ZonedDateTime.now(clock.withZone(casino.timeZone())), sink, this::cancelled, redactor, turnTime,
                recalled.now(), telemetry, start.get(MESSAGES));
        try {
            GraphOutcome outcome = graph.run(start, context, thread);
            return switch (outcome) {
                case GraphOutcome.Completed completed -> () -> done(sink, completed.state(), turn);
                case GraphOutcome.Cancelled cancelledRun -> {
                    LOG.info("turn {} of {} cancelled before {}", turn, thread.threadId(), cancelledRun.nextNode());
                    yield NOTHING;
                }
                case GraphOutcome.RecursionLimitReached limit -> endSafely(sink, limit, turn);
            };
        } catch (ClaimLostException e) {
            LOG.warn("turn {} of {} stopped unsaved: {}", turn, thread.threadId(), e.getMessage());
            span.failed(e);
            return failure(events, Problem.of("turn-in-progress", "Another message is being answered", 409,
                    "This conversation moved on while your message was being answered, and your message was not kept."
                            + " Please send it again."));
        } catch (BackendException e) {
            LOG.warn("turn {} of {} failed: {}", turn, thread.threadId(), e.getMessage());
            span.failed(e);
            return failure(events, Problem.of("backend-unavailable", "A service is unavailable", 503,
                    "The " + e.backend() + " is unavailable; your conversation is kept. Please try again shortly."));
        } catch (RuntimeException e) {
            LOG.error("turn {} of {} broke", turn, thread.threadId(), e);
            span.failed(e);
            return failure(events, Problem.of("internal", "The turn failed", 500,
                    "Something went wrong on our side; your conversation is kept. Please try again."));
        }
    }

    private static Runnable failure(Consumer<AgentEvent> events, Problem problem) {
        return () -> events.accept(new AgentEvent.Failure(problem));
    }

    private GraphState start(int turn) {
        List<ChatMessage> messages = before.get(MESSAGES);
        Update start = Update.of(TURN, turn).and(QUESTION, request.message())
                .and(LANGUAGE, Language.spokenIn(request.message(), before.get(LANGUAGE)));
        if (ConversationLimits.hasRoomForTurn(messages)) {
            start = start.and(MESSAGES, List.of(ChatMessage.guest(request.message())));
        }
        return before.startTurn().merge(start);
    }

    private void done(Consumer<AgentEvent> events, GraphState state, int turn) {
        events.accept(new AgentEvent.Done(thread.threadId(), turn, state.get(INTENT), state.get(VALIDATION), state.get(GUARDRAIL)));
    }

    private Runnable endSafely(Consumer<AgentEvent> events, GraphOutcome.RecursionLimitReached limit, int turn) {
        LOG.warn("turn {} of {} reached the recursion limit of {} before {}", turn, thread.threadId(), limit.limit(), limit.nextNode());
        String reply = Replies.fallback(casino, limit.state().get(LANGUAGE));
        GraphState closed = limit.state().merge(Replies.record(reply).and(VALIDATION, Validation.FALLBACK));
        thread.afterStep(closed, limit.limit() + 1, ConciergeGraph.FALLBACK, null);
        events.accept(new AgentEvent.Replace(reply));
        return () -> done(events, closed, turn);
    }
}
