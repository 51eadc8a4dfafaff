/**
 * The Gemini language model and embedder through LangChain4j, behind resilience4j (filled by the Gemini issue).
 */
package ai.heyseven.adapter.gemini;
