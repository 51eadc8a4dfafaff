package ai.heyseven.ports.desk;

/** A case action that its state forbids: another host holds it, the caller does not, or it is resolved (HTTP 409). */
public final class CaseConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CaseConflictException(String message) {
        super(message);
    }
}
