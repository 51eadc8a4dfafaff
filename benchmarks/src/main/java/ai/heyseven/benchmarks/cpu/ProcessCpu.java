package ai.heyseven.benchmarks.cpu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A process's CPU time as the kernel counts it ({@code /proc/<pid>/stat}: user + system, in clock
 * ticks of {@code getconf CLK_TCK}), whole and by thread name ({@code /proc/<pid>/task/*}), so
 * native threads (the embedding model's, GC, JIT) show as well as Java's. Linux only.
 */
final class ProcessCpu {
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private final long pid;
    private final long ticksPerSecond;

    ProcessCpu(long pid) {
        this.pid = pid;
        this.ticksPerSecond = clockTicksPerSecond();
    }

    /** User + system CPU of the whole process, in milliseconds. */
    double millis() {
        try {
            return toMillis(ticks(Path.of("/proc", Long.toString(pid), "stat")));
        } catch (NoSuchFileException ended) {
            throw new IllegalStateException("process " + pid + " has ended", ended);
        }
    }

    /**
     * CPU milliseconds by thread name, digits folded ({@code GC Thread#0} and {@code #1} count as
     * {@code GC Thread#N}); a thread that ended in between is not counted, so read it around a window.
     */
    Map<String, Double> millisByThread() {
        Map<String, Double> byName = new TreeMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                try {
                    String name = DIGITS.matcher(Files.readString(task.resolve("comm"), StandardCharsets.UTF_8).strip()).replaceAll("N");
                    byName.merge(name, toMillis(ticks(task.resolve("stat"))), Double::sum);
                } catch (NoSuchFileException ended) {
                    // the thread ended between the listing and the read
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byName;
    }

    private double toMillis(long ticks) {
        return ticks * 1000.0 / ticksPerSecond;
    }

    private static long ticks(Path stat) throws NoSuchFileException {
        try {
            String line = Files.readString(stat, StandardCharsets.UTF_8);
            // fields after the command name (which may hold spaces): state is 3rd, utime 14th, stime 15th
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (NoSuchFileException gone) {
            throw gone;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long clockTicksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String said = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (getconf.waitFor() != 0) {
                throw new IllegalStateException("getconf CLK_TCK failed: " + said);
            }
            return Long.parseLong(said);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading CLK_TCK", e);
        }
    }
}
