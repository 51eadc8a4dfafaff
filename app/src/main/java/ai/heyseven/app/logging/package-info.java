/** Logback plumbing: the same PII redaction as the guest-facing stream, applied to every log line. */
package ai.heyseven.app.logging;
