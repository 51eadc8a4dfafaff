package ai.heyseven.ports.conversation;

import java.util.Objects;

/** One message of a conversation. */
public record ChatMessage(Author author, String text) {

    /** Who wrote a message. */
    public enum Author { GUEST, AGENT }

    public ChatMessage {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
    }

    public static ChatMessage guest(String text) {
        return new ChatMessage(Author.GUEST, text);
    }

    public static ChatMessage agent(String text) {
        return new ChatMessage(Author.AGENT, text);
    }
}
