package ai.heyseven.ports.sms;

import java.time.Instant;
import java.util.Objects;

/**
 * A message the casino started, held until the guest's quiet hours end.
 *
 * @param purpose {@code service} or {@code marketing}: consent is checked again for it when it is sent
 */
public record ScheduledSms(String id, String casinoId, OutboundSms message, String purpose, Instant sendAt) {
    public ScheduledSms {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(casinoId, "casinoId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(sendAt, "sendAt");
    }
}
