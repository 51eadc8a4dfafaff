/**
 * The server's CPU per turn measured from outside its JVM (run by hand, see
 * {@code benchmarks/cpu/run.sh}): the built jar in a process of its own, 16 conversations at once
 * asking a few hundred distinct questions, and the process's user + system time from
 * {@code /proc} before and after each measured window. {@link ai.heyseven.benchmarks.cpu.JfrAreas}
 * sorts a flight recording of such a run by area (embedding, JSON, HTTP, ...).
 */
package ai.heyseven.benchmarks.cpu;
