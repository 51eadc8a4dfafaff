package ai.heyseven.core.desk;

import ai.heyseven.core.guardrails.PiiRedactor;
import ai.heyseven.ports.conversation.ChatMessage;
import ai.heyseven.ports.desk.CaseReason;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What opened a case: the conversation, the reason, and what the briefing is built from.
 *
 * @param guestId the web guest, or {@code null} when anonymous
 * @param detail why, in the agent's words (a guardrail's reason, a call-back's topic, a rating), never the guest's
 * @param messages the conversation so far, oldest first, as the agent holds it (not yet redacted)
 * @param guestFacts what the guest's profile says, by field
 * @param redactor how the guest's words are redacted before the case keeps them
 */
public record CaseTrigger(String casinoId, String threadId, String guestId, CaseReason reason, String detail, List<ChatMessage> messages,
        Map<String, String> guestFacts, PiiRedactor redactor) {

    public CaseTrigger {
        Objects.requireNonNull(casinoId, "casinoId");
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        messages = List.copyOf(messages);
        guestFacts = Map.copyOf(guestFacts);
        Objects.requireNonNull(redactor, "redactor");
    }
}
