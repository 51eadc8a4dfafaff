package ai.heyseven.ports.sms;

/** The driving port of the SMS webhook: what the carrier delivers, taken fleet-wide exactly once. */
public interface SmsInbound {

    /**
     * Takes a guest's text for answering: claims its event id fleet-wide and queues it durably.
     *
     * @return {@link Acceptance#DUPLICATE} when the event was already taken (on any instance)
     * @throws ai.heyseven.ports.BackendException when it could not be queued: the claim is given back
     *     and the carrier should deliver it again
     */
    Acceptance accept(InboundSms message);

    /** Records what the carrier says became of a message we sent. */
    void delivered(DeliveryReport report);

    /** Deliveries the carrier reported failed since this instance started. */
    long failedDeliveries();

    /** Whether a delivery was new. */
    enum Acceptance { QUEUED, DUPLICATE }

    /**
     * A carrier's delivery status of a message we sent.
     *
     * @param eventType {@code message.sent} or {@code message.finalized}
     * @param status the carrier's status of the first recipient ({@code delivered}, {@code delivery_failed}, …)
     */
    record DeliveryReport(String eventId, String eventType, String messageId, String status) {
        /** Whether the carrier says the message did not reach the guest. */
        public boolean failed() {
            return status != null && (status.contains("failed") || status.equals("delivery_unconfirmed") || status.equals("expired"));
        }
    }
}
