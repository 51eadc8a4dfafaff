package ai.heyseven.benchmarks.cpu;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The measured windows: the server's (and the stub's) CPU read from {@code /proc} right before
 * and after each batch of turns, one table row per window, then the server's CPU per turn by
 * thread over all windows.
 */
final class Windows {
    private static final int THREAD_ROWS = 14;
    /** HotSpot's compiler threads ({@code C2 CompilerThread0}, as {@code /proc} cuts and folds it). */
    private static final List<String> JIT = List.of("CN CompilerThre");
    /** G1's (and the other collectors') threads, and the VM thread that runs their pauses. */
    private static final List<String> GC = List.of("GC Thread", "GN ", "VM Thread");

    private final Guests guests;
    private final ProcessCpu server;
    private final ProcessCpu stub;

    Windows(Guests guests, ProcessCpu server, ProcessCpu stub) {
        this.guests = guests;
        this.server = server;
        this.stub = stub;
    }

    /** Runs the windows and prints them; returns the exit status (1 when a turn failed). */
    int measure(int windows, int turns, Duration within) throws InterruptedException {
        System.out.println("| window | turns answered | failed | wall s | turns/s | server CPU ms/turn | of which JIT / GC ms/turn "
                + "| without JIT ms/turn | server CPU % of a core | turn p50 / p99 ms | stub CPU ms/turn |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Map<String, Double> threadsBefore = server.millisByThread();
        int status = 0;
        int answeredInAll = 0;
        for (int window = 1; window <= windows; window++) {
            Map<String, Double> windowBefore = server.millisByThread();
            double serverBefore = server.millis();
            double stubBefore = stub == null ? 0 : stub.millis();
            long start = System.nanoTime();
            Guests.Outcome outcome = guests.run(turns, within);
            double seconds = (System.nanoTime() - start) / 1e9;
            double serverMillis = server.millis() - serverBefore;
            double stubMillis = stub == null ? 0 : stub.millis() - stubBefore;
            Map<String, Double> windowAfter = server.millisByThread();
            int done = Math.max(1, outcome.answered() + outcome.failed());
            answeredInAll += done;
            double jit = spent(windowBefore, windowAfter, JIT);
            System.out.printf("| %d | %d | %d | %.1f | %.0f | %.2f | %.2f / %.2f | %.2f | %.0f | %.0f / %.0f | %s |%n", window, outcome.answered(),
                    outcome.failed(), seconds, outcome.answered() / seconds, serverMillis / done, jit / done,
                    spent(windowBefore, windowAfter, GC) / done, (serverMillis - jit) / done, serverMillis / 10 / seconds,
                    outcome.percentileMillis(0.50), outcome.percentileMillis(0.99), stub == null ? "–" : String.format("%.2f", stubMillis / done));
            TurnCpu.report("window " + window, outcome);
            if (outcome.failed() > 0 || outcome.timedOut()) {
                status = 1;
            }
        }
        printByThread(threadsBefore, server.millisByThread(), answeredInAll);
        return status;
    }

    /** CPU milliseconds the threads whose names start with one of {@code prefixes} spent in between. */
    private static double spent(Map<String, Double> before, Map<String, Double> after, List<String> prefixes) {
        return after.entrySet().stream().filter(entry -> prefixes.stream().anyMatch(entry.getKey()::startsWith))
                .mapToDouble(entry -> entry.getValue() - before.getOrDefault(entry.getKey(), 0.0)).sum();
    }

    private static void printByThread(Map<String, Double> before, Map<String, Double> after, int turns) {
        Map<String, Double> spent = new HashMap<>();
        after.forEach((name, millis) -> spent.put(name, millis - before.getOrDefault(name, 0.0)));
        double total = spent.values().stream().mapToDouble(Double::doubleValue).sum();
        System.out.printf("server CPU by thread over the windows (threads alive at both ends; %.2f ms/turn in all):%n", total / turns);
        System.out.println("| thread (digits as N) | ms/turn | share |");
        System.out.println("|---|---:|---:|");
        spent.entrySet().stream().filter(entry -> entry.getValue() > 0).sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(THREAD_ROWS).forEach(entry -> System.out.printf("| %s | %.3f | %.1f %% |%n", entry.getKey(), entry.getValue() / turns,
                        100 * entry.getValue() / total));
    }
}
