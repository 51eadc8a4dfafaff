/** What guests think of the answers: a rating per conversation, given from the chat page or by an API client. */
package ai.heyseven.ports.feedback;
