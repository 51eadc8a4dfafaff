package ai.heyseven.ports.sms;

/** The carrier's outbound side (Telnyx in production). */
public interface SmsSender {

    /**
     * Hands {@code message} to the carrier, within the adapter's own timeouts and retries.
     *
     * @return the carrier's message id
     * @throws SmsSenderException when the carrier refused it or could not be reached in time
     */
    String send(OutboundSms message);
}
