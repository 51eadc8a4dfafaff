package ai.heyseven.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a running server's figures the way an operator would: its {@code /metrics}, summed by
 * name, and its heap after a forced full GC ({@code jcmd GC.run}, then the server's own heap
 * figure). Shared by the load harness and the fault harness.
 */
public final class ServerMetrics {
    public static final String HEAP = "jvm_memory_used_bytes{area=\"heap\"}";
    private static final Pattern SAMPLE = Pattern.compile("^([a-z_]+)(\\{[^}]*\\})? ([-0-9.eE+]+)$");

    private final String url;
    /** Its own connection, so a scrape never queues behind thousands of streams. */
    private final HttpClient control = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();

    public ServerMetrics(String url) {
        this.url = url;
    }

    /** The server's heap after a full GC; 0 without a server pid. */
    public long heapAfterGc(long pid) throws IOException, InterruptedException {
        if (pid <= 0) {
            return 0;
        }
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
        return scrape().getOrDefault(HEAP, 0.0).longValue();
    }

    /** The server's /metrics, summed by name (and by name with the heap area); empty when it does not answer in time. */
    public Map<String, Double> scrape() throws InterruptedException {
        String text;
        try {
            text = control.send(HttpRequest.newBuilder(URI.create(url + "/metrics")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            System.err.println("scrape failed: " + e);
            return Map.of();
        }
        Map<String, Double> sums = new HashMap<>();
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (sample.matches()) {
                double value = Double.parseDouble(sample.group(3));
                sums.merge(sample.group(1), value, Double::sum);
                if (sample.group(2) != null && sample.group(2).contains("area=\"heap\"")) {
                    sums.merge(sample.group(1) + "{area=\"heap\"}", value, Double::sum);
                }
            }
        }
        return sums;
    }
}
