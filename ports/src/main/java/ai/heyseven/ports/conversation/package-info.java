/**
 * Conversation memory: the messages of a thread and the checkpoints the agent graph writes after
 * every step, so a turn resumes from its last good step on any instance.
 */
package ai.heyseven.ports.conversation;
