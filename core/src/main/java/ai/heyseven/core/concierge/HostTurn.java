package ai.heyseven.core.concierge;

import static ai.heyseven.core.concierge.ConciergeState.LANGUAGE;
import static ai.heyseven.core.concierge.ConciergeState.MESSAGES;
import static ai.heyseven.core.concierge.ConciergeState.NO_PROMOTIONS;
import static ai.heyseven.core.concierge.ConciergeState.QUESTION;
import static ai.heyseven.core.concierge.ConciergeState.TURN;

import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Update;
import ai.heyseven.core.guardrails.GuardrailReplies;
import ai.heyseven.core.guardrails.GuardrailVerdict;
import ai.heyseven.core.guardrails.Language;
import ai.heyseven.core.guardrails.PiiRedactor;
import ai.heyseven.ports.BackendException;
import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.compliance.ComplianceEvent;
import ai.heyseven.ports.concierge.AgentEvent;
import ai.heyseven.ports.concierge.GuardrailLayer;
import ai.heyseven.ports.concierge.HandledBy;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.concierge.TurnRequest;
import ai.heyseven.ports.concierge.TurnStream;
import ai.heyseven.ports.concierge.Validation;
import ai.heyseven.ports.conversation.ChatMessage;
import ai.heyseven.ports.desk.DeskCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
final class HostTurn extends OnceTurn {
    private static final Logger LOG = LoggerFactory.getLogger(HostTurn.class);
    /** The step a host turn records, in place of the graph's nodes. */
    static final String HOST = "host";

    private final CasinoConfig casino;
    private final TurnRequest request;
    private final GraphState before;
    private final DeskCase held;
    private final TakeOver takeOver;
    private final PiiRedactor redactor;
    private final TurnStream agent;

    HostTurn(CasinoConfig casino, HeldThread thread, TurnRequest request, GraphState before, DeskCase held, TakeOver takeOver,
            PiiRedactor redactor, TurnStream agent) {
        super(thread);
        this.casino = casino;
        this.request = request;
        this.before = before;
        this.held = held;
        this.takeOver = takeOver;
        this.redactor = redactor;
        this.agent = agent;
    }

    @Override
    void runOnce(Consumer<AgentEvent> client) {
        Optional<GuardrailVerdict.Refuse> crisis = crisis();
        Optional<String> crisisLine = crisis.map(refuse -> GuardrailReplies.crisis(refuse.language(), casino.crisisLines(), true));
        if (!reachedHost(crisisLine)) {
            agent.run(client);
            return;
        }
        crisis.ifPresent(refuse -> takeOver.events().record(new ComplianceEvent(casino.id(), thread.threadId(), thread.guestId(),
                GuardrailLayer.CRISIS, refuse.reason(), takeOver.clock().instant())));
        RedactingSink events = new RedactingSink(client, redactor);
        AgentEvent.Done done;
        try {
            done = passOn(events, crisisLine);
        } finally {
            thread.release();
        }
        events.accept(done); // once the conversation is let go, so the guest's next message finds it free
    }

    /**
     * Adds the guest's message to the host's case. False when the host let go meanwhile, or the case
     * store failed: then the agent answers, as it does when the store cannot tell whether a host holds
     * the conversation — a guest is never left without an answer because the desk is down.
     */
    private boolean reachedHost(Optional<String> crisisLine) {
        try {
            if (takeOver.desk().add(held, redactor.redact(request.message()), crisisLine)) {
                return true;
            }
            LOG.info("the host of {} let go while the guest wrote: the agent answers", thread.threadId());
        } catch (BackendException e) {
            LOG.warn("the message to the host of {} was not delivered; the agent answers: {}", thread.threadId(), e.getMessage());
        }
        return false;
    }

    /** Tells the guest's message to the conversation; returns the {@code done} to send once it is let go. */
    private AgentEvent.Done passOn(Consumer<AgentEvent> events, Optional<String> crisisLine) {
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
        if (crisisLine.isPresent()) {
            update = update.and(NO_PROMOTIONS, true);
        }
        try {
            thread.afterStep(before.startTurn().merge(update), 1, HOST, null);
        } catch (BackendException e) {
            // the host has the message already; the conversation's own record of it is what is missing
            LOG.warn("turn {} of {} went to the host but was not saved in the conversation: {}", turn, thread.threadId(), e.getMessage());
        }
        return new AgentEvent.Done(thread.threadId(), turn, Intent.GENERAL, Validation.PASS,
                crisisLine.isPresent() ? GuardrailLayer.CRISIS : null, HandledBy.HOST);
    }

    /**
     * The crisis layer's refusal of the message, if it refuses it: a guest in crisis is never left
     * waiting for the host, and it is recorded as the compliance gate would (which also ends
     * promotions to the guest on every channel).
     */
    private Optional<GuardrailVerdict.Refuse> crisis() {
        return takeOver.guardrail().check(request.message(), casino.helpline()) instanceof GuardrailVerdict.Refuse refuse
                && refuse.layer() == GuardrailLayer.CRISIS ? Optional.of(refuse) : Optional.empty();
    }
}
