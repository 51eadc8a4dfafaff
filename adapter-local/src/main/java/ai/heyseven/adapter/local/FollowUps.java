package ai.heyseven.adapter.local;

import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.conversation.ChatMessage;
import ai.heyseven.ports.model.ModelRequest;
import ai.heyseven.ports.model.WhisperPlan;

/**
 * The offline whisper planner: one follow-up question per topic, in the guest's language, never asked
 * twice in a conversation, and never about what the guest already said (the dining question once
 * their party size or diet is known).
 */
final class FollowUps {
    private FollowUps() {
    }

    static WhisperPlan plan(ModelRequest request) {
        String question = request.topic() == null ? "" : Phrases.in(request.language()).followUp(request.topic());
        boolean askedBefore = request.history().stream()
                .filter(message -> message.author() == ChatMessage.Author.AGENT)
                .anyMatch(message -> !question.isEmpty() && message.text().contains(question));
        boolean alreadyTold = request.topic() == Intent.DINING
                && (request.guest().containsKey("party_size") || request.guest().containsKey("dietary"));
        return new WhisperPlan(askedBefore || alreadyTold || request.topic() == Intent.GENERAL ? "" : question);
    }
}
