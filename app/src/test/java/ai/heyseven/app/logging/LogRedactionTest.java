package ai.heyseven.app.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

class LogRedactionTest {

    @Test
    void theTextFormatRedactsTheMessage() {
        LoggingEvent event = new LoggingEvent(getClass().getName(), new LoggerContext().getLogger("test"), Level.INFO,
                "guest {} wrote from {}", null, new Object[] {"jane@example.com", "702-555-0147"});
        assertEquals("guest [email] wrote from [phone]", new RedactingMessageConverter().convert(event));
    }

    @Test
    void theJsonFormatRedactsStringValuesAndLeavesOthersAlone() {
        PiiValueMasker masker = new PiiValueMasker();
        assertEquals("card [card]", masker.mask(null, "card 4111 1111 1111 1111"));
        assertNull(masker.mask(null, "nothing personal"));
        assertNull(masker.mask(null, 42));
    }
}
