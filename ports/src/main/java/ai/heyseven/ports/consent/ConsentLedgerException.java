package ai.heyseven.ports.consent;

import ai.heyseven.ports.BackendException;

/** The consent ledger could not be read or appended to. */
public final class ConsentLedgerException extends BackendException {
    private static final long serialVersionUID = 1L;

    public ConsentLedgerException(String message, Throwable cause) {
        super("consent-ledger", message, cause);
    }
}
