package ai.heyseven.ports.desk;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a case's transcript, PII-redacted before it is kept.
 *
 * @param author who wrote it
 * @param name the host's display name for {@link Author#HOST}; empty otherwise
 */
public record CaseMessage(Author author, String name, String text, Instant at) {

    /** Who wrote a line. */
    public enum Author { GUEST, AGENT, HOST }

    public CaseMessage {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
    }
}
