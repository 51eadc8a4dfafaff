/**
 * The host desk: cases opened where the agent hands a guest to a person (responsible gaming, crisis,
 * a request for a person, a call-back, a compliance event, a low rating), each with an extractive
 * briefing and the redacted transcript; what staff do with them ({@link ai.heyseven.ports.desk.HostDesk});
 * and the take-over of a conversation by the host who claimed its case.
 */
package ai.heyseven.core.desk;
