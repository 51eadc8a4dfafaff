/**
 * Deterministic checks on what a guest writes and on what leaves the agent: normalisation against
 * obfuscation, six pattern layers in four languages ({@link ai.heyseven.core.guardrails.Guardrails}),
 * each returning a sealed {@link ai.heyseven.core.guardrails.GuardrailVerdict}, the PII redactor
 * for streams and logs ({@link ai.heyseven.core.guardrails.PiiRedactor}) and the response policy.
 * See docs/guardrails.md.
 */
package ai.heyseven.core.guardrails;
