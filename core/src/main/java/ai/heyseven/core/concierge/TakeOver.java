package ai.heyseven.core.concierge;

import ai.heyseven.core.desk.HeldConversations;
import ai.heyseven.core.guardrails.Guardrail;
import ai.heyseven.ports.compliance.ComplianceEvents;
import java.time.Clock;

/**
 * What a turn needs when a host holds its conversation: the desk, and what still guards a guest in
 * crisis (the guardrail that finds it, the compliance events that record it and stop promotions).
 */
record TakeOver(HeldConversations desk, Guardrail guardrail, ComplianceEvents events, Clock clock) { }
