package ai.heyseven.core.concierge;

import static ai.heyseven.core.concierge.ConciergeState.DRAFT;
import static ai.heyseven.core.concierge.ConciergeState.LANGUAGE;
import static ai.heyseven.core.concierge.ConciergeState.RETRIEVED;
import static ai.heyseven.core.concierge.ConciergeState.STREAMED;

import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Node;
import ai.heyseven.core.graph.Update;
import ai.heyseven.ports.concierge.AgentEvent;
import ai.heyseven.ports.concierge.GuestLanguage;
import ai.heyseven.ports.concierge.SourceRef;
import ai.heyseven.ports.concierge.Tone;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Delivers the validated answer (as a {@code replace} if the guest has not seen it streamed, or if the
 * guest's tone changed it: acknowledged first and, for an upset guest, shortened) and its sources, and
 * remembers them as what the conversation is now about.
 */
final class Respond implements Node<TurnContext> {
    private final HostTouches touches;

    Respond(HostTouches touches) {
        this.touches = touches;
    }

    @Override
    public Update run(GraphState state, TurnContext context) {
        Tone tone = state.get(ConciergeState.TONE);
        String answer = Toned.reply(state.get(DRAFT), tone, state.get(LANGUAGE));
        if (!state.get(STREAMED) || tone != Tone.NEUTRAL) {
            context.emit(new AgentEvent.Replace(answer));
        }
        // a guest who is upset or grieving is offered nothing: no incentive, no return visit
        Optional<HostTouches.Touch> touch = tone == Tone.NEUTRAL ? touches.after(state, context, answer) : Optional.empty();
        String draft = touch.filter(found -> !found.text().isEmpty()).map(found -> answer.strip() + " " + found.text()).orElse(answer);
        if (!draft.equals(answer)) {
            context.emit(new AgentEvent.Token(draft.substring(answer.strip().length())));
        }
        List<SourceRef> sources = sourcesOf(draft, state.get(RETRIEVED), state.get(LANGUAGE));
        if (!sources.isEmpty()) {
            context.emit(new AgentEvent.Sources(sources));
        }
        Update update = Replies.record(context.redact(draft)).and(touch.map(HostTouches.Touch::update).orElse(Update.none()));
        return sources.isEmpty() ? update : update.and(ConciergeState.LAST_CITED, sources.stream().map(SourceRef::id).toList());
    }

    /**
     * The retrieved items the answer names (by their name in the guest's language, or the default
     * one), titled in that language; all of them when it names none by name.
     */
    static List<SourceRef> sourcesOf(String answer, List<KnowledgeItem> retrieved, GuestLanguage language) {
        String lower = answer.toLowerCase(Locale.ROOT);
        List<KnowledgeItem> named = retrieved.stream()
                .filter(item -> lower.contains(item.name(language).toLowerCase(Locale.ROOT))
                        || lower.contains(item.name().toLowerCase(Locale.ROOT)))
                .toList();
        return (named.isEmpty() ? retrieved : named).stream()
                .map(item -> new SourceRef(item.id(), item.name(language), item.category().wireName()))
                .toList();
    }
}
