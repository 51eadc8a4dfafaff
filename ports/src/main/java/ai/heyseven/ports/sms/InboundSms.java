package ai.heyseven.ports.sms;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A guest's text message as the carrier delivered it.
 *
 * @param eventId the carrier's event id: the same message delivered twice has the same id
 * @param casinoNumber the casino's number it was sent to (E.164): which casino it belongs to
 * @param from the guest's number (E.164)
 * @param text what the guest wrote
 * @param receivedAt when the carrier received it
 */
public record InboundSms(String eventId, String casinoNumber, String from, String text, Instant receivedAt) {
    /** E.164: a plus, a country code and up to 15 digits in all. */
    public static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    /** The longest inbound text kept (a concatenated SMS is at most a few thousand characters). */
    public static final int MAX_TEXT = 4_000;

    public InboundSms {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(receivedAt, "receivedAt");
        requirePhone(casinoNumber, "casinoNumber");
        requirePhone(from, "from");
        if (eventId.isBlank() || eventId.length() > 128) {
            throw new IllegalArgumentException("eventId must be 1 to 128 characters");
        }
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
    }

    static void requirePhone(String phone, String name) {
        if (phone == null || !E164.matcher(phone).matches()) {
            throw new IllegalArgumentException(name + " must be an E.164 number such as +17025550100");
        }
    }
}
