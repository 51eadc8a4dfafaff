package ai.heyseven.app.logging;

import ai.heyseven.core.guardrails.PiiRedactor;
import net.logstash.logback.mask.ValueMasker;
import tools.jackson.core.TokenStreamContext;

/** Redacts every string value of a JSON log line (the message, arguments, MDC) like the guest-facing stream. */
public final class PiiValueMasker implements ValueMasker {
    @Override
    public Object mask(TokenStreamContext context, Object value) {
        if (value instanceof CharSequence text) {
            String original = text.toString();
            String redacted = PiiRedactor.standard().redact(original);
            return redacted.equals(original) ? null : redacted;
        }
        return null;
    }
}
