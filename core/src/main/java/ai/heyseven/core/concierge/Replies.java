package ai.heyseven.core.concierge;

import ai.heyseven.core.graph.Update;
import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.conversation.ChatMessage;
import java.util.List;

/** The fixed replies of the graph, and the update that records any reply in the conversation. */
final class Replies {
    private Replies() {
    }

    static String greeting(CasinoConfig casino) {
        return "Welcome to " + casino.displayName() + "! I'm Seven, your host. I can help with dining, shows, "
                + "your room, gaming and rewards. What can I do for you?";
    }

    static String offTopic(CasinoConfig casino) {
        return "I'm the host at " + casino.displayName() + ", so I can only help with things here: dining, shows, "
                + "your stay, amenities, gaming, promotions and rewards. What would you like to know?";
    }

    static String fallback(CasinoConfig casino) {
        return "I'm sorry, I can't give you a reliable answer to that right now. The front desk at "
                + casino.displayName() + " will be glad to help, or you can ask me again in a moment.";
    }

    static String escalation(CasinoConfig casino) {
        return "Of course. I've asked a host at " + casino.displayName() + " to reach out to you personally. "
                + "In the meantime, I'm here if you need anything.";
    }

    /** Said when a request for a person could not be recorded: no promise, but where to find one. */
    static String noHostAsked(CasinoConfig casino) {
        return "I'm sorry, I couldn't reach a host just now. The front desk at " + casino.displayName()
                + " can put you in touch with one right away, and I'm here if you need anything else.";
    }

    static String closed(CasinoConfig casino) {
        return "We've covered a lot in this conversation, so let's start a fresh one to keep things quick. "
                + "Just open a new chat and I'll be right there. Thank you for choosing " + casino.displayName() + "!";
    }

    /** The update that adds the agent's reply to the conversation. */
    static Update record(String reply) {
        return Update.of(ConciergeState.MESSAGES, said(reply));
    }

    /** The agent's reply as the messages to append. */
    static List<ChatMessage> said(String reply) {
        return List.of(ChatMessage.agent(reply));
    }
}
