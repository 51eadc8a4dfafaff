package ai.heyseven.ports.concierge;

import java.util.Objects;

/** A turn ended with a {@link Problem} instead of a reply (a backend failed, or the turn broke). */
public final class TurnFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public TurnFailedException(Problem problem, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem").detail(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
