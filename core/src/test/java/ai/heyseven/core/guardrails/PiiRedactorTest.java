package ai.heyseven.core.guardrails;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PiiRedactorTest {
    private final PiiRedactor redactor = PiiRedactor.allowing(List.of("1-800-522-4700", "+17025550100"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Call me at (702) 555-0147 tonight      | Call me at [phone] tonight
            My cell is +44 20 7946 0958            | My cell is [phone]
            Write to jane.doe+vip@example.co.uk    | Write to [email]
            Card 4111-1111-1111-1111 please        | Card [card] please
            SSN 123-45-6789 on file                | SSN [ssn] on file
            Order 4111111111111112 shipped         | Order 4111111111111112 shipped
            $10,000 and 1,800 seats at 5:00 PM     | $10,000 and 1,800 seats at 5:00 PM
            Helpline 1-800-522-4700, text us at +1 702 555 0100 | Helpline 1-800-522-4700, text us at +1 702 555 0100
            """)
    void replacesPersonalDataAndLeavesEverythingElse(String text, String expected) {
        assertEquals(expected.strip(), redactor.redact(text.strip()));
    }

    @Test
    void aNumberSplitAcrossPiecesIsRedactedWhole() {
        String text = "Your card 4111 1111 1111 1111 and phone 702-555-0147 are on file.";
        for (int size = 1; size <= 7; size++) {
            PiiRedactor.Stream stream = redactor.stream();
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < text.length(); i += size) {
                out.append(stream.push(text.substring(i, Math.min(text.length(), i + size))));
            }
            out.append(stream.finish());
            assertEquals("Your card [card] and phone [phone] are on file.", out.toString(), "pieces of " + size);
        }
    }

    @Test
    void holdsBackNoMoreThanTheCap() {
        PiiRedactor.Stream stream = redactor.stream();
        for (int i = 0; i < 1_000; i++) {
            stream.push(i % 2 == 0 ? "1 " : "2-");
            assertTrue(stream.held() <= PiiRedactor.MAX_HOLD + 2, "held back " + stream.held());
        }
    }

    @Test
    void ordinaryProseFlowsThroughWithAtMostOneWordHeldBack() {
        PiiRedactor.Stream stream = redactor.stream();
        assertEquals("Trattoria Lucia is ", stream.push("Trattoria Lucia is open"));
        assertFalse(stream.push(" until").isEmpty());
        assertEquals("until", stream.finish());
    }
}
