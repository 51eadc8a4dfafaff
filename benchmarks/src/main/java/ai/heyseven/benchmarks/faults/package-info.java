/**
 * The fault harness (run by hand through {@code benchmarks/faults/run.sh}, never in the unit
 * suite; see benchmarks/README.md): hostile requests against every route, a long soak sampled each
 * minute, and backends, the model and instances failing under a steady load of conversations that
 * count every turn acknowledged to them. Everything it starts listens on loopback and is stopped
 * when the run ends.
 */
package ai.heyseven.benchmarks.faults;
