/**
 * The SMS channel's ports: messages in (a durable queue between the webhook and the agent),
 * messages out (the carrier), where a number is (its time zones) and who may not be contacted.
 */
package ai.heyseven.ports.sms;
