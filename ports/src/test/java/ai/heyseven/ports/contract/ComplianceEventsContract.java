package ai.heyseven.ports.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.compliance.ComplianceEvent;
import ai.heyseven.ports.compliance.ComplianceEvents;
import ai.heyseven.ports.concierge.GuardrailLayer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ComplianceEvents} promises; each adapter's test extends this class. */
public abstract class ComplianceEventsContract {
    private static final Instant AT = Instant.parse("2026-11-24T18:00:00Z");

    protected abstract ComplianceEvents events();

    @Test
    void theNewestEventsOfACasinoComeBackNewestFirstWithinTheLimit() {
        ComplianceEvents events = events();
        String casino = "casino-" + UUID.randomUUID();
        ComplianceEvent first = new ComplianceEvent(casino, "thread-1", null, GuardrailLayer.AML, "aml pattern (en)", AT);
        ComplianceEvent second = new ComplianceEvent(casino, "thread-2", null, GuardrailLayer.AGE, "age pattern (es)", AT.plusSeconds(60));
        ComplianceEvent third = new ComplianceEvent(casino, "thread-3", null, GuardrailLayer.AML, "aml pattern (fr)", AT.plusSeconds(120));
        events.record(first);
        events.record(second);
        events.record(third);
        events.record(new ComplianceEvent("other-" + casino, "thread-9", null, GuardrailLayer.AML, "aml pattern (en)", AT.plusSeconds(180)));

        List<ComplianceEvent> recent = events.recent(casino, 2);
        assertEquals(List.of("thread-3", "thread-2"), recent.stream().map(ComplianceEvent::threadId).toList());
        assertEquals(GuardrailLayer.AML, recent.getFirst().layer());
        assertEquals("aml pattern (fr)", recent.getFirst().reason());
        assertEquals(AT.plusSeconds(120), recent.getFirst().at());
        assertEquals(3, events.recent(casino, 10).size(), "another casino's events are not this one's");
        assertTrue(events.recent("casino-" + UUID.randomUUID(), 10).isEmpty());
    }
}
