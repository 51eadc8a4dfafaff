/**
 * The host desk: cases a human host or compliance officer acts on (a guest in distress, a request
 * for a person, a call-back, a compliance event, a low rating), the staff who act on them, and the
 * take-over of a conversation by a host.
 */
package ai.heyseven.ports.desk;
