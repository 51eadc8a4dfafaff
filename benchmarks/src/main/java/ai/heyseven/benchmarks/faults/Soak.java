package ai.heyseven.benchmarks.faults;

import ai.heyseven.benchmarks.load.Args;
import ai.heyseven.benchmarks.load.ServerMetrics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;

/**
 * A steady load for {@code --minutes} (30) against one server with Redis, sampling each minute the
 * server's heap after a full GC, its live threads, its open files and Redis's connected clients,
 * then saying whether each series grew. The rule: a series leaks when its last five minutes are
 * more than 10 % (and more than 2, for small counts) above minutes 5–10 — after warm-up (JIT,
 * pools, caches filling), before a slow leak has had time to show — compared by their mean for
 * heap and threads, and by their peak for open files and Redis clients: those move with the Redis
 * connection pool, which opens connections under a burst and closes idle ones later, swinging
 * between a floor and a ceiling from one minute to the next; a leak raises the ceiling. Only
 * growth counts. Shorter runs compare the last third with the second.
 */
public final class Soak {
    private record Sample(int minute, long acknowledged, long errors, long lost, double heapMiB, double threads, long files, long redisClients) { }

    public static void main(String[] arguments) throws Exception {
        Args args = new Args(arguments, Map.of("minutes", "30", "conversations", "40"));
        int minutes = args.integer("minutes");
        int conversations = args.integer("conversations");
        Path logs = Path.of("benchmarks", "results", "faults", "soak");
        try (Stack stack = Stack.start(1, false, logs)) {
            ServerProcess server = stack.servers.get(0);
            ServerMetrics metrics = new ServerMetrics(server.url());
            Conversations load = new Conversations(stack.urls(), Stack.KEY, "soak", conversations, Duration.ofSeconds(1), Duration.ofSeconds(60));
            System.out.printf("soak: %d conversations (one turn at a time each, 1 s apart) for %d minutes against %s, Redis on port %d%n",
                    conversations, minutes, server.url(), stack.redis.port());
            System.out.println("| minute | turns acknowledged | guest errors | lost | heap after GC MiB | live threads | open files | Redis clients |");
            System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
            load.start();
            List<Sample> samples = new ArrayList<>();
            Conversations.Tally before = load.tally();
            for (int minute = 1; minute <= minutes; minute++) {
                Thread.sleep(60_000);
                Conversations.Tally now = load.tally();
                double heap = metrics.heapAfterGc(server.pid()) / 1048576.0;
                Map<String, Double> scraped = metrics.scrape();
                Sample sample = new Sample(minute, now.acknowledged() - before.acknowledged(), now.errorCount() - before.errorCount(),
                        now.lost() - before.lost(), heap, scraped.getOrDefault("jvm_threads_live_threads", 0.0), openFiles(server.pid()),
                        redisClients(stack.redis.port()));
                before = now;
                samples.add(sample);
                System.out.printf("| %d | %d | %d | %d | %.1f | %.0f | %d | %d |%n", sample.minute(), sample.acknowledged(), sample.errors(),
                        sample.lost(), sample.heapMiB(), sample.threads(), sample.files(), sample.redisClients());
            }
            load.stop();
            Conversations.Tally total = load.tally();
            System.out.printf("%ntotal: %d turns acknowledged, %d lost, %d guest errors (%s)%n", total.acknowledged(), total.lost(),
                    total.errorCount(), total.errorSummary());
            total.lossExamples().forEach(example -> System.out.println("  lost: " + example));
            flat(samples, "heap after GC", Sample::heapMiB, Summary.MEAN);
            flat(samples, "live threads", Sample::threads, Summary.MEAN);
            flat(samples, "open files", s -> s.files(), Summary.PEAK);
            flat(samples, "Redis clients", s -> s.redisClients(), Summary.PEAK);
            LogScan.report(server.log());
        }
        System.exit(0);
    }

    /** Prints whether the series grew, by the rule in the class comment, and its range. */
    private static void flat(List<Sample> samples, String name, ToDoubleFunction<Sample> series, Summary summary) {
        int n = samples.size();
        List<Sample> reference = n >= 15 ? samples.subList(4, 10) : samples.subList(n / 3, Math.max(n / 3 + 1, 2 * n / 3));
        List<Sample> tail = n >= 15 ? samples.subList(n - 5, n) : samples.subList(2 * n / 3, n);
        double early = summary.of(reference.stream().mapToDouble(series));
        double late = summary.of(tail.stream().mapToDouble(series));
        boolean grew = late - early > Math.max(0.10 * early, 2);
        System.out.printf("%s: %s (minutes %d–%d %s %.1f, last %d minutes %s %.1f; %.1f to %.1f over the run)%n", name,
                grew ? "GREW" : "no growth", reference.get(0).minute(), reference.get(reference.size() - 1).minute(), summary.word,
                early, tail.size(), summary.word, late,
                samples.stream().mapToDouble(series).min().orElse(0), samples.stream().mapToDouble(series).max().orElse(0));
    }

    /** How a stretch of minutes is summed up: its mean, or its peak. */
    private enum Summary {
        MEAN("mean"), PEAK("peak");

        private final String word;

        Summary(String word) {
            this.word = word;
        }

        double of(DoubleStream values) {
            return this == MEAN ? values.average().orElse(0) : values.max().orElse(0);
        }
    }

    private static long openFiles(long pid) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            return files.count();
        }
    }

    /** Redis's {@code connected_clients}, asked with redis-cli (itself one of them). */
    private static long redisClients(int port) throws IOException, InterruptedException {
        Process cli = new ProcessBuilder("redis-cli", "-h", "127.0.0.1", "-p", Integer.toString(port), "info", "clients").redirectErrorStream(true).start();
        String info = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        cli.waitFor();
        return info.lines().filter(line -> line.startsWith("connected_clients:")).mapToLong(line -> Long.parseLong(line.substring(18).strip()))
                .findFirst().orElse(-1);
    }
}
