package ai.heyseven.benchmarks.cpu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A flight recording of the server over the measured windows only, started and stopped through
 * {@code jcmd} (the warm-up's JIT and class loading stay out of it): the {@code profile} settings
 * plus {@code jdk.CPUTimeSample} (JDK 25, Linux), whose samples follow CPU time and so count
 * native code such as the embedding model as well. {@link JfrAreas} summarises the file.
 */
final class Flight {
    private static final String NAME = "turncpu";

    private final long pid;
    private final Path file;

    private Flight(long pid, Path file) {
        this.pid = pid;
        this.file = file;
    }

    /**
     * Starts the recording; {@code extraSettings} are more {@code event#setting=value} options of
     * {@code JFR.start}, e.g. {@code jdk.MethodTiming#filter=ai.heyseven.adapter.embedding.LocalEmbedder::embed}
     * to count calls (JDK 25).
     */
    static Flight start(long pid, Path file, List<String> extraSettings) throws IOException, InterruptedException {
        Flight flight = new Flight(pid, file.toAbsolutePath());
        List<String> command = new ArrayList<>(List.of("JFR.start", "name=" + NAME, "settings=profile", "jdk.CPUTimeSample#enabled=true",
                "jdk.CPUTimeSample#throttle=10ms", "filename=" + flight.file));
        command.addAll(extraSettings);
        flight.jcmd(command.toArray(String[]::new));
        return flight;
    }

    /** Stops the recording and writes its file. */
    void stop() throws IOException, InterruptedException {
        jcmd("JFR.stop", "name=" + NAME);
        System.out.println("flight recording of the windows: " + file + " (java -cp benchmarks/target/benchmarks.jar "
                + "ai.heyseven.benchmarks.cpu.JfrAreas " + file + ")");
    }

    private void jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid)));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String said = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0 || said.contains("Could not") || said.contains("rror")) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + said);
        }
    }
}
