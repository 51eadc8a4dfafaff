package ai.heyseven.core.concierge;

import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.knowledge.KnowledgeUpdates;
import java.util.Objects;

/**
 * The two driving ports of the core, sharing one knowledge index: what guests ask, and what the
 * CMS changes — a change applied here is answered by this concierge's next turn.
 */
public record Agent(Concierge concierge, KnowledgeUpdates knowledgeUpdates) {
    public Agent {
        Objects.requireNonNull(concierge, "concierge");
        Objects.requireNonNull(knowledgeUpdates, "knowledgeUpdates");
    }
}
