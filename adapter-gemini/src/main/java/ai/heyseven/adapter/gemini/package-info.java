/**
 * The Gemini language model through LangChain4j: one client per role built when the key is set,
 * an HTTP client that keeps {@code Retry-After} and streams on the calling thread, structured
 * answers by JSON schema, and (next) the resilience4j decorators around it.
 */
package ai.heyseven.adapter.gemini;
