package ai.heyseven.ports.telemetry;

/** The names of the log context's fields (SLF4J's MDC) every module sets the same way; the runbook lists them. */
public final class LogFields {
    public static final String REQUEST_ID = "request_id";
    public static final String CASINO_ID = "casino_id";
    /** A conversation's id; an SMS conversation's is already a hash of casino and number. */
    public static final String THREAD_ID = "thread_id";

    private LogFields() {
    }
}
