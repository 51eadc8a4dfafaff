/**
 * JMH benchmarks: the graph engine's own cost per turn on the anchor's 11-node shape, and a whole
 * offline turn through the {@code Concierge}. See {@code benchmarks/README.md} for how to run them
 * and the last figures.
 */
package ai.heyseven.benchmarks;
