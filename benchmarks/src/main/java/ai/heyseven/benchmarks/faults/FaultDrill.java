package ai.heyseven.benchmarks.faults;

import ai.heyseven.benchmarks.load.Args;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Faults during load: two instances sharing a durable Redis and the Firestore emulator, the paced
 * Gemini stub, and a steady load of conversations ({@link Conversations}). Each fault in turn —
 * Redis killed and restarted, the emulator killed and restarted, a storm of model 500s, one of
 * 429s, an instance killed with SIGKILL and started again — runs on fresh conversations: steady
 * load, the fault for {@code --fault-seconds}, its end, load again, then every conversation is
 * continued once more, which proves the server kept every turn it acknowledged. Prints one table
 * row per fault, what {@code /health} said while it lasted, and each server's log findings.
 */
public final class FaultDrill {
    private static final List<String> ALL = List.of("redis", "firestore", "model500", "model429", "instance");

    private final Stack stack;
    private final Duration steady;
    private final Duration fault;
    private final Duration recover;
    private final int conversations;
    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private FaultDrill(Stack stack, int conversations, Duration steady, Duration fault, Duration recover) {
        this.stack = stack;
        this.conversations = conversations;
        this.steady = steady;
        this.fault = fault;
        this.recover = recover;
    }

    public static void main(String[] arguments) throws Exception {
        Args args = new Args(arguments, Map.of("only", String.join(",", ALL), "conversations", "20", "fault-seconds", "15"));
        List<String> faults = Arrays.asList(args.text("only").split(","));
        if (!ALL.containsAll(faults)) {
            throw new IllegalArgumentException("--only takes some of " + ALL + ", got " + faults);
        }
        int faultSeconds = args.integer("fault-seconds");
        try (Stack stack = Stack.start(2, true, Path.of("benchmarks", "results", "faults", "drill"))) {
            FaultDrill drill = new FaultDrill(stack, args.integer("conversations"), Duration.ofSeconds(10),
                    Duration.ofSeconds(faultSeconds), Duration.ofSeconds(20));
            for (String name : faults) {
                drill.run(name);
            }
            drill.print();
            for (ServerProcess server : stack.servers) {
                LogScan.report(server.log());
            }
        }
        System.exit(0);
    }

    private void run(String name) throws Exception {
        System.err.printf("%s: %d conversations, %d s steady, %d s of fault, %d s after%n", name, conversations, steady.toSeconds(),
                fault.toSeconds(), recover.toSeconds());
        Conversations load = new Conversations(stack.urls(), Stack.KEY, "drill-" + name + "-" + System.currentTimeMillis(), conversations,
                Duration.ofMillis(500), Duration.ofSeconds(30));
        try (HealthWatch health = new HealthWatch(stack.urls())) {
            load.start();
            Thread.sleep(steady.toMillis());
            long began = System.currentTimeMillis();
            ServerProcess killed = begin(name);
            Thread.sleep(fault.toMillis() / 2);
            // what an operator reads half-way through, on the first instance still running
            ServerProcess.HealthAnswer midway = stack.servers.get(0).healthAnswer();
            notes.add(name + ": half-way, /health of " + stack.servers.get(0).name() + " → " + midway.statusCode() + " " + midway.body());
            Thread.sleep(fault.toMillis() - fault.toMillis() / 2);
            end(name, killed);
            long ended = System.currentTimeMillis();
            if (name.equals("firestore")) {
                // the emulator keeps nothing on disk, unlike Firestore: put the casinos back (after the end's instant: the
                // time this takes is the harness's, not the server's)
                stack.reseedFirestore();
            }
            Thread.sleep(recover.toMillis());
            load.stop();
            int notContinued = load.continueEach(Duration.ofSeconds(60));
            Conversations.Tally tally = load.tally();
            List<String> down = new ArrayList<>();
            List<String> up = new ArrayList<>();
            for (ServerProcess server : stack.servers) {
                if (server == killed) {
                    down.add(server.name() + ": killed");
                    up.add(server.name() + ": restarted in " + (ended - began - fault.toMillis()) + " ms");
                    continue;
                }
                OptionalLong to503 = health.first(server.url(), 503, began);
                down.add(server.name() + ": " + (to503.isPresent() ? to503.getAsLong() + " ms" : "never"));
                boolean wavered = health.wavered(server.url(), began, ended);
                OptionalLong to200 = health.first(server.url(), 200, ended);
                up.add(server.name() + ": " + (!wavered ? "stayed 200" : to200.isPresent() ? to200.getAsLong() + " ms" : "not within " + recover.toSeconds() + " s"));
            }
            rows.add(String.format("| %s | %d | %d (%d fallback) | **%d** | %d | %d | %s | %s | %s |", name, (ended - began) / 1000,
                    tally.acknowledged(), tally.fallbacks(), tally.lost(), tally.keptUnacknowledged(), notContinued, tally.errorSummary(), String.join(", ", down), String.join(", ", up)));
            tally.lossExamples().forEach(example -> notes.add(name + ": lost: " + example));
            health.unhealthyBodies().forEach((where, body) -> notes.add(name + ": /health " + where + " → " + body));
        }
    }

    /** Starts the fault; returns the instance it killed, if it killed one. */
    private ServerProcess begin(String name) throws InterruptedException {
        switch (name) {
            case "redis" -> stack.redis.kill();
            case "firestore" -> stack.firestore.kill();
            case "model500" -> stack.model.failFor(500, fault);
            case "model429" -> stack.model.failFor(429, fault);
            case "instance" -> {
                ServerProcess victim = stack.servers.get(stack.servers.size() - 1);
                victim.kill();
                return victim;
            }
            default -> throw new IllegalArgumentException(name);
        }
        return null;
    }

    /** Ends the fault: restarts what was killed (a storm ends on its own). */
    private void end(String name, ServerProcess killed) throws Exception {
        switch (name) {
            case "redis" -> stack.redis.restart();
            case "firestore" -> stack.firestore.restart();
            case "instance" -> stack.restart(killed);
            default -> { }
        }
    }

    private void print() {
        System.out.println("| fault | lasted s | turns acknowledged (answered by the fallback) | lost | kept, not acknowledged | conversations not continued "
                + "| errors guests saw | /health 503 after the fault began | /health 200 after it ended |");
        System.out.println("|---|---:|---:|---:|---:|---:|---|---|---|");
        rows.forEach(System.out::println);
        notes.forEach(note -> System.out.println("  " + note));
    }
}
