package ai.heyseven.ports.model;

import ai.heyseven.ports.concierge.GuestLanguage;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.conversation.ChatMessage;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One call to a language model, in parts.
 *
 * @param role which job this call does
 * @param instructions the system instructions (persona, policy, validator feedback on a retry)
 * @param history earlier messages of the conversation, oldest first, already trimmed
 * @param question the guest's current message
 * @param topic the routed intent, or {@code null} before routing
 * @param context retrieved knowledge items, quoted to the model as data, never as instructions
 * @param plan the whisper planner's next best question for {@link ModelRole#MAIN} to ask, or empty
 * @param draft the answer to check, for {@link ModelRole#VALIDATOR}; otherwise empty
 * @param localTime the current time at the property
 * @param timeLeft how long the guest's turn still has when the request is made: a model call and
 *     its retries must end within it (and within the call's own limit)
 * @param guest what the guest's profile says ({@code dietary → vegetarian}, {@code party_size → 6}),
 *     quoted to the model as data; empty for an anonymous guest or another role
 * @param language the language the guest writes in this turn: the answer is written in it, from
 *     the items' text in it where they have a translation
 */
public record ModelRequest(
        ModelRole role,
        String instructions,
        List<ChatMessage> history,
        String question,
        Intent topic,
        List<KnowledgeItem> context,
        String plan,
        String draft,
        ZonedDateTime localTime,
        Duration timeLeft,
        Map<String, String> guest,
        GuestLanguage language) {

    public ModelRequest {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(instructions, "instructions");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(localTime, "localTime");
        Objects.requireNonNull(timeLeft, "timeLeft");
        Objects.requireNonNull(language, "language");
        guest = Map.copyOf(guest);
        if (timeLeft.isNegative()) {
            timeLeft = Duration.ZERO;
        }
        history = List.copyOf(history);
        context = List.copyOf(context);
    }

    /** A request for a guest writing in English. */
    public ModelRequest(ModelRole role, String instructions, List<ChatMessage> history, String question, Intent topic,
            List<KnowledgeItem> context, String plan, String draft, ZonedDateTime localTime, Duration timeLeft,
            Map<String, String> guest) {
        this(role, instructions, history, question, topic, context, plan, draft, localTime, timeLeft, guest, GuestLanguage.EN);
    }

    /** This request with {@code left} as the time the turn still has. */
    public ModelRequest withTimeLeft(Duration left) {
        return new ModelRequest(role, instructions, history, question, topic, context, plan, draft, localTime, left, guest, language);
    }
}
