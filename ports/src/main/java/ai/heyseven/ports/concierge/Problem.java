package ai.heyseven.ports.concierge;

import java.util.Objects;

/**
 * An RFC 9457 problem, as a failed turn reports it.
 *
 * @param type a URI naming the kind of problem
 */
public record Problem(String type, String title, int status, String detail) {

    /** The base of every problem type Hey Seven defines. */
    public static final String TYPE_BASE = "https://heyseven.ai/problems/";

    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("problem status must be 4xx or 5xx, got " + status);
        }
    }

    /** A problem whose type is {@link #TYPE_BASE} followed by {@code slug}. */
    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail);
    }
}
