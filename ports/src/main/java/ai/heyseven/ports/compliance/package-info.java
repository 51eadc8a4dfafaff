/** The durable record of compliance events: AML refusals, responsible-gaming escalations, age refusals. */
package ai.heyseven.ports.compliance;
