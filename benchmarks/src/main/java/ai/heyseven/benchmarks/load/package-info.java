/**
 * The load harness (run by hand, see benchmarks/README.md): a Gemini stub that paces its stream
 * like the real service, and a client that holds N conversations over SSE and reports each step.
 */
package ai.heyseven.benchmarks.load;
