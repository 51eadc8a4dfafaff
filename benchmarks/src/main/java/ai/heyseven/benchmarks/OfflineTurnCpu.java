package ai.heyseven.benchmarks;

import ai.heyseven.core.concierge.Concierges;
import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.concierge.TurnRequest;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * The whole offline turn of {@link OfflineTurnBench} (lexical retrieval, a new conversation each
 * turn) measured in the calling thread's CPU time and allocated bytes rather than wall time, so a
 * figure holds on a machine other builds and benchmarks share: a busy machine stretches the wall
 * time of a turn, not the CPU it spends. Warms up, then prints the median and spread over rounds
 * (the turn runs on the calling thread; the whole process's CPU, with GC and the compiler, beside it).
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar ai.heyseven.benchmarks.OfflineTurnCpu [warm-up turns] [turns per round] [rounds]
 * }</pre>
 */
public final class OfflineTurnCpu {

    private OfflineTurnCpu() {
    }

    public static void main(String[] args) {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        Concierge concierge = OfflineTurns.concierge(Concierges.builder());
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long counter = 0;
        for (int i = 0; i < warmUp; i++) {
            concierge.ask(new TurnRequest(OfflineTurns.CASINO, OfflineTurns.QUESTION, null, null, "warm-" + counter++));
        }
        double[] cpuMicros = new double[rounds];
        double[] bytes = new double[rounds];
        double[] processMicros = new double[rounds];
        com.sun.management.OperatingSystemMXBean system =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = 0; round < rounds; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long allocated = threads.getCurrentThreadAllocatedBytes();
            long process = system.getProcessCpuTime();
            for (int i = 0; i < perRound; i++) {
                concierge.ask(new TurnRequest(OfflineTurns.CASINO, OfflineTurns.QUESTION, null, null, "bench-" + counter++));
            }
            cpuMicros[round] = (threads.getCurrentThreadCpuTime() - cpu) / 1_000.0 / perRound;
            bytes[round] = (double) (threads.getCurrentThreadAllocatedBytes() - allocated) / perRound;
            processMicros[round] = (system.getProcessCpuTime() - process) / 1_000.0 / perRound;
        }
        Arrays.sort(cpuMicros);
        Arrays.sort(bytes);
        Arrays.sort(processMicros);
        System.out.printf("whole offline turn (lexical), %d rounds of %d after %d warm-up: CPU median %.1f us (min %.1f, max %.1f),"
                + " process CPU (GC, compiler too) median %.1f us, allocated median %.0f B/turn%n", rounds, perRound, warmUp,
                cpuMicros[rounds / 2], cpuMicros[0], cpuMicros[rounds - 1], processMicros[rounds / 2], bytes[rounds / 2]);
    }
}
