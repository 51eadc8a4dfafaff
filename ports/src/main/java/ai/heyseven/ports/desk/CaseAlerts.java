package ai.heyseven.ports.desk;

/**
 * Tells a casino at once of an urgent case (responsible gaming, crisis, AML; see {@link CaseReason#urgent()}),
 * through the outbound webhook it configured. Delivery, retries included, is the adapter's job, off the
 * caller's thread: a turn never waits for it and never fails because of it.
 *
 * <pre>{@code
 * if (opened && deskCase.reason().urgent()) {
 *     alerts.opened(deskCase);
 * }
 * }</pre>
 */
public interface CaseAlerts {

    /** No webhook configured: nobody is told, and nothing fails. */
    CaseAlerts NONE = new CaseAlerts() {
        @Override
        public void opened(DeskCase urgentCase) {
            // no webhook: the desk's live queue is where staff see the case
        }

        @Override
        public long failures() {
            return 0;
        }
    };

    /** Queues an alert of {@code urgentCase}; returns at once and never throws. */
    void opened(DeskCase urgentCase);

    /** Alerts given up since start (a full queue, or every attempt failed): each also logged as an error. */
    long failures();
}
