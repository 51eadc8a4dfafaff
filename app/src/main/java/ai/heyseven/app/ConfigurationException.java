package ai.heyseven.app;

/** A bad or missing setting; its message is the one line printed before the process exits. */
final class ConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConfigurationException(String message) {
        super(message, null, false, false);
    }
}
