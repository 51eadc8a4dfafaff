/** Guests' ratings of their conversations: checked against the conversation's owner, redacted, kept, counted. */
package ai.heyseven.core.feedback;
