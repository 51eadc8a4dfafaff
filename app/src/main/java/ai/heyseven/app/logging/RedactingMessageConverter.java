package ai.heyseven.app.logging;

import ai.heyseven.core.guardrails.PiiRedactor;
import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %redactedMessage}: the log message with phone numbers, e-mails, cards and SSNs replaced. */
public final class RedactingMessageConverter extends MessageConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return PiiRedactor.standard().redact(super.convert(event));
    }
}
