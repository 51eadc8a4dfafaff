package ai.heyseven.core.concierge;

import static ai.heyseven.core.concierge.ConciergeState.COMPS_OFFERED;
import static ai.heyseven.core.concierge.ConciergeState.GAMBLING_SIGNALS;
import static ai.heyseven.core.concierge.ConciergeState.LANGUAGE;
import static ai.heyseven.core.concierge.ConciergeState.MINOR;
import static ai.heyseven.core.concierge.ConciergeState.NO_PROMOTIONS;
import static ai.heyseven.core.concierge.ConciergeState.QUESTION;
import static ai.heyseven.core.concierge.ConciergeState.THREAD_FACTS;

import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Node;
import ai.heyseven.core.graph.Update;
import ai.heyseven.core.guardrails.ResponsePolicy;
import ai.heyseven.ports.BackendException;
import ai.heyseven.ports.comps.CompPolicy;
import ai.heyseven.ports.comps.PlayerAccount;
import ai.heyseven.ports.concierge.AgentEvent;
import ai.heyseven.ports.concierge.GuestLanguage;
import ai.heyseven.ports.conversation.ChatMessage;
import ai.heyseven.ports.guest.GuestData;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a request for a comp without a model: exactly what the casino's comp policy allows this
 * guest (tier, theoretical, the occasion said now or remembered), in the guest's language. What
 * needs a host's approval opens a {@code comp_approval} case through {@link HostHandOff}, and the
 * guest hears a host will confirm only when the case was written. Every offer and every approval
 * asked is in the audit trail first ({@link CompRecords}: kind, amount, the guest's hash — never words); an offer that
 * cannot be audited is not made. Nothing is offered to a guest flagged in this conversation for
 * responsible gaming, crisis or distress, a minor, a compliance refusal, or a guest excluded from
 * marketing. An anonymous guest's request goes on to {@code retrieve}, where the casino's own knowledge
 * says how comps work; a guest the player system does not know hears it too, and that a host can help.
 */
final class CompOffer implements Node<TurnContext> {
    private static final Logger LOG = LoggerFactory.getLogger(CompOffer.class);
    /** Amounts the conversation remembers as offered, for the response policy of later answers. */
    static final int MAX_REMEMBERED = 20;

    private final CompSources sources;
    private final CompRecords records;

    CompOffer(CompSources sources, HostHandOff handOff, Clock clock) {
        this.sources = sources;
        this.records = new CompRecords(sources, handOff, clock);
    }

    @Override
    public Update run(GraphState state, TurnContext context) {
        boolean withheld = withheld(state, context);
        if (!withheld && (context.guestId() == null || !sources.offersComps())) {
            return Update.none(); // nobody to look up: the casino's own knowledge says how comps work
        }
        GuestLanguage language = state.get(LANGUAGE);
        CompRequest request = CompRequest.read(state.get(QUESTION))
                .orElseGet(() -> new CompRequest(Set.of(), OptionalLong.empty(), Optional.empty()));
        Answer answer = withheld ? Answer.of(CompPhrases.withheld(context.casino(), language)) : answer(state, context, request, language);
        context.emit(new AgentEvent.Token(answer.reply()));
        Update update = Replies.record(answer.reply());
        if (answer.amounts().isEmpty()) {
            return update;
        }
        List<Long> remembered = Stream.concat(state.get(COMPS_OFFERED).stream(), answer.amounts().stream()).distinct().toList();
        return update.and(COMPS_OFFERED, remembered.subList(Math.max(0, remembered.size() - MAX_REMEMBERED), remembered.size()));
    }

    /** Whether this node answered the turn (else {@code retrieve} and the specialist do): the agent spoke last. */
    static boolean answered(GraphState state) {
        List<ChatMessage> messages = state.get(ConciergeState.MESSAGES);
        return !messages.isEmpty() && messages.getLast().author() == ChatMessage.Author.AGENT;
    }

    /** The reply, and the amounts it names. */
    private record Answer(String reply, List<Long> amounts) {
        static Answer of(String reply) {
            return new Answer(reply, List.of());
        }
    }

    /** What the policy allows a guest who may be offered comps, audited, with a host asked for what needs one. */
    private Answer answer(GraphState state, TurnContext context, CompRequest request, GuestLanguage language) {
        Optional<PlayerAccount> account;
        Optional<CompPolicy> policy;
        try {
            account = sources.players().orElseThrow().account(context.casino().id(), context.guestId());
            policy = account.isEmpty() ? Optional.empty() : sources.policies().orElseThrow().policy(context.casino().id());
        } catch (BackendException e) {
            LOG.error("could not read the player system or comp policy of {} (thread {}); no comp is offered", context.casino().id(),
                    context.threadId(), e);
            return Answer.of(CompPhrases.howCompsWork(context.casino(), language, false));
        }
        if (account.isEmpty() || policy.isEmpty()) {
            return Answer.of(CompPhrases.howCompsWork(context.casino(), language, account.isEmpty()));
        }
        CompDecision decision = CompDecision.of(policy.get(), account.get(), request, request.occasion()
                .or(() -> CompRequest.occasionToldEarlier(state.get(ConciergeState.MESSAGES), state.get(THREAD_FACTS), context.guestFacts())));
        // checked before anything is audited or asked: a reply the policy refuses is never made, in any wording
        Optional<String> violation = ResponsePolicy.violation(CompPhrases.offer(decision, language, true, context.casino()),
                decision.amounts());
        if (violation.isPresent()) {
            LOG.error("a comp reply of {} broke the response policy ({}); the guest is told how comps work instead", context.casino().id(),
                    violation.get());
            return Answer.of(CompPhrases.howCompsWork(context.casino(), language, false));
        }
        try {
            records.offered(context, decision);
        } catch (BackendException e) {
            LOG.error("could not audit a comp offer of {} (thread {}); no comp is offered", context.casino().id(), context.threadId(), e);
            return Answer.of(CompPhrases.howCompsWork(context.casino(), language, false));
        }
        boolean hostAsked = decision.needsHost() && records.askHost(context, decision);
        return new Answer(CompPhrases.offer(decision, language, hostAsked, context.casino()), decision.amounts());
    }

    /** Whether this guest must be offered nothing: responsible gaming, crisis, distress, a minor, a compliance refusal, an exclusion. */
    private boolean withheld(GraphState state, TurnContext context) {
        if (state.get(NO_PROMOTIONS) || state.get(MINOR) || state.get(GAMBLING_SIGNALS) > 0) {
            return true;
        }
        if (context.guestId() == null || sources.exclusions().isEmpty()) {
            return false;
        }
        try {
            return sources.exclusions().get().excluded(context.casino().id(), GuestData.guestKey(context.casino().id(), context.guestId()));
        } catch (BackendException e) {
            LOG.error("could not read the exclusions of {} (thread {}); no comp is offered", context.casino().id(), context.threadId(), e);
            return true;
        }
    }
}
