/** The audit trail: who changed what the agent knows or does, and when. */
package ai.heyseven.ports.audit;
