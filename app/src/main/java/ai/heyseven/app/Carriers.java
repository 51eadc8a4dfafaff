package ai.heyseven.app;

/**
 * How many carrier threads run the server's virtual threads: two a core, unless the operator set
 * {@code -Djdk.virtualThreadScheduler.parallelism}. Virtual threads are never time-sliced, so with
 * one carrier a core a turn's CPU work (guardrails, JSON, HTTP) holds its carrier until it parks,
 * and a first token that arrived meanwhile waits in the queue behind it; with two a core the
 * operating system time-slices the carriers, and the token goes out within its slice. Measured at
 * 1,000 paced conversations on two cores: the first token's added p99 fell from 10.5–43 ms to
 * 6.1–8.8 ms for about the same CPU (benchmarks/README.md). Must run before the first virtual thread
 * starts: the scheduler reads the property once.
 */
final class Carriers {
    static final String PARALLELISM = "jdk.virtualThreadScheduler.parallelism";
    static final int PER_CORE = 2;

    private Carriers() {
    }

    /** Sets the carriers to two a core unless the operator chose their number. */
    static void sizeUnlessSet() {
        System.setProperty(PARALLELISM, parallelism(System.getProperty(PARALLELISM), Runtime.getRuntime().availableProcessors()));
    }

    /** The parallelism to run with: the operator's {@code configured} one, or two a core. */
    static String parallelism(String configured, int cores) {
        return configured != null ? configured : Integer.toString(PER_CORE * cores);
    }
}
