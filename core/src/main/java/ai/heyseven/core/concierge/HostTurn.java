package ai.heyseven.core.concierge;

import static ai.heyseven.core.concierge.ConciergeState.LANGUAGE;
import static ai.heyseven.core.concierge.ConciergeState.MESSAGES;
import static ai.heyseven.core.concierge.ConciergeState.QUESTION;
import static ai.heyseven.core.concierge.ConciergeState.TURN;

import ai.heyseven.core.desk.HeldConversations;
import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Update;
import ai.heyseven.core.guardrails.Guardrail;
import ai.heyseven.core.guardrails.GuardrailReplies;
import ai.heyseven.core.guardrails.GuardrailVerdict;
import ai.heyseven.core.guardrails.Language;
import ai.heyseven.core.guardrails.PiiRedactor;
import ai.heyseven.ports.BackendException;
import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.concierge.AgentEvent;
import ai.heyseven.ports.concierge.GuardrailLayer;
import ai.heyseven.ports.concierge.HandledBy;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.concierge.Problem;
import ai.heyseven.ports.concierge.TurnReply;
import ai.heyseven.ports.concierge.TurnRequest;
import ai.heyseven.ports.concierge.TurnStream;
import ai.heyseven.ports.concierge.Validation;
import ai.heyseven.ports.conversation.ChatMessage;
import ai.heyseven.ports.desk.DeskCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A turn of a conversation a host holds: the agent stays silent and the guest's message (redacted)
 * goes to the host's case, and into the conversation's checkpoint so nothing is lost when the host
 * hands back. One exception, for safety: a message the crisis layer refuses still gets the
 * property's crisis lines at once, and the host sees both. If the host let go in the meantime, the
 * agent answers the turn after all.
 */
final class HostTurn implements TurnStream {
    private static final Logger LOG = LoggerFactory.getLogger(HostTurn.class);
    /** The step a host turn records, in place of the graph's nodes. */
    static final String HOST = "host";

    private final CasinoConfig casino;
    private final HeldThread thread;
    private final TurnRequest request;
    private final GraphState before;
    private final DeskCase held;
    private final HeldConversations desk;
    private final Guardrail guardrail;
    private final PiiRedactor redactor;
    private final TurnStream agent;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean cancelled;

    HostTurn(CasinoConfig casino, HeldThread thread, TurnRequest request, GraphState before, DeskCase held, HeldConversations desk,
            Guardrail guardrail, PiiRedactor redactor, TurnStream agent) {
        this.casino = casino;
        this.thread = thread;
        this.request = request;
        this.before = before;
        this.held = held;
        this.desk = desk;
        this.guardrail = guardrail;
        this.redactor = redactor;
        this.agent = agent;
    }

    @Override
    public String threadId() {
        return thread.threadId();
    }

    @Override
    public void run(Consumer<AgentEvent> client) {
        if (!started.compareAndSet(false, true)) {
            if (cancelled) {
                return;
            }
            throw new IllegalStateException("a turn runs once; open another for the next message");
        }
        Consumer<AgentEvent> events = new RedactingSink(client, redactor);
        Optional<String> crisisLine = crisisLine();
        boolean toHost;
        try {
            toHost = desk.add(held, redactor.redact(request.message()), crisisLine);
        } catch (BackendException e) {
            LOG.warn("the message to the host of {} was not delivered: {}", thread.threadId(), e.getMessage());
            thread.release();
            events.accept(new AgentEvent.Metadata(thread.threadId(), request.requestId()));
            events.accept(new AgentEvent.Failure(Problem.of("backend-unavailable", "A service is unavailable", 503,
                    "The " + e.backend() + " is unavailable; your message did not reach the host. Please try again shortly.")));
            return;
        }
        if (!toHost) {
            LOG.info("the host of {} let go while the guest wrote: the agent answers", thread.threadId());
            agent.run(client);
            return;
        }
        try {
            passOn(events, crisisLine);
        } finally {
            thread.release();
        }
    }

    private void passOn(Consumer<AgentEvent> events, Optional<String> crisisLine) {
        events.accept(new AgentEvent.Metadata(thread.threadId(), request.requestId()));
        crisisLine.ifPresent(line -> events.accept(new AgentEvent.Replace(line)));
        int turn = before.get(TURN) + 1;
        List<ChatMessage> said = new ArrayList<>(List.of(ChatMessage.guest(request.message())));
        crisisLine.ifPresent(line -> said.add(ChatMessage.agent(line)));
        Update update = Update.of(TURN, turn).and(QUESTION, request.message())
                .and(LANGUAGE, Language.spokenIn(request.message(), before.get(LANGUAGE)));
        if (ConversationLimits.hasRoomForTurn(before.get(MESSAGES))) {
            update = update.and(MESSAGES, said);
        }
        try {
            thread.afterStep(before.startTurn().merge(update), 1, HOST, null);
        } catch (BackendException e) {
            // the host has the message already; the conversation's own record of it is what is missing
            LOG.warn("turn {} of {} went to the host but was not saved in the conversation: {}", turn, thread.threadId(), e.getMessage());
        }
        events.accept(new AgentEvent.Done(thread.threadId(), turn, Intent.GENERAL, Validation.PASS,
                crisisLine.isPresent() ? GuardrailLayer.CRISIS : null, HandledBy.HOST));
    }

    /** The property's crisis lines, when the crisis layer refuses the message: a guest in crisis is never left waiting. */
    private Optional<String> crisisLine() {
        GuardrailVerdict verdict = guardrail.check(request.message(), casino.helpline());
        if (verdict instanceof GuardrailVerdict.Refuse refuse && refuse.layer() == GuardrailLayer.CRISIS) {
            return Optional.of(GuardrailReplies.crisis(refuse.language(), casino.crisisLines(), true));
        }
        return Optional.empty();
    }

    @Override
    public TurnReply reply() {
        ReplyCollector collector = new ReplyCollector();
        run(collector);
        return collector.reply(this);
    }

    @Override
    public void cancel() {
        cancelled = true;
        if (started.compareAndSet(false, true)) {
            thread.release();
        }
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }
}
