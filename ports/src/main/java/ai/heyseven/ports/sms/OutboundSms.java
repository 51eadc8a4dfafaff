package ai.heyseven.ports.sms;

import java.util.Objects;

/**
 * A text message to send.
 *
 * @param from the casino's number (E.164)
 * @param to the guest's number (E.164)
 * @param text plain text, already shaped for SMS
 */
public record OutboundSms(String from, String to, String text) {
    public OutboundSms {
        InboundSms.requirePhone(from, "from");
        InboundSms.requirePhone(to, "to");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("an SMS needs text");
        }
    }
}
