package ai.heyseven.adapter.local;

import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.conversation.ChatMessage;
import ai.heyseven.ports.model.ModelRequest;
import ai.heyseven.ports.model.WhisperPlan;

/** The offline whisper planner: one follow-up question per topic, in the guest's language, never asked twice in a conversation. */
final class FollowUps {
    private FollowUps() {
    }

    static WhisperPlan plan(ModelRequest request) {
        String question = request.topic() == null ? "" : Phrases.in(request.language()).followUp(request.topic());
        boolean askedBefore = request.history().stream()
                .filter(message -> message.author() == ChatMessage.Author.AGENT)
                .anyMatch(message -> !question.isEmpty() && message.text().contains(question));
        return new WhisperPlan(askedBefore || request.topic() == Intent.GENERAL ? "" : question);
    }
}
