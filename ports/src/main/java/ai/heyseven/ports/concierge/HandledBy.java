package ai.heyseven.ports.concierge;

import java.util.Locale;

/** Who answered a turn: the agent, or the human host who holds the conversation (the host desk's take-over). */
public enum HandledBy {
    AGENT,
    HOST;

    /** The name in the HTTP API: {@code agent} or {@code host}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
