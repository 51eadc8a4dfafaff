/**
 * Deterministic checks on what a guest writes, run by the {@code compliance_gate} node before any
 * model sees the message. Each check returns a sealed {@link ai.heyseven.core.guardrails.GuardrailVerdict}.
 * This package holds the minimal injection check of the foundation; the five layers in four
 * languages grow here.
 */
package ai.heyseven.core.guardrails;
