/**
 * Telnyx's v2 messages API as the {@link ai.heyseven.ports.sms.SmsSender} port: the outbound half
 * of SMS, behind resilience4j retry and a circuit breaker. The inbound half (the signed webhook)
 * is a route of {@code adapter-http}.
 */
package ai.heyseven.adapter.telnyx;
