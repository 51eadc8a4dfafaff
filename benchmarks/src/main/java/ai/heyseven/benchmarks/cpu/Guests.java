package ai.heyseven.benchmarks.cpu;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code concurrency} guests on virtual threads sharing a count of turns: each asks the next
 * question as soon as its last turn ended and starts a new conversation every
 * {@code turnsPerConversation} turns. The questions go round in order, shared by all guests.
 */
final class Guests {
    private final ChatClient client;
    private final List<String> questions;
    private final int concurrency;
    private final int turnsPerConversation;
    private final AtomicInteger nextQuestion = new AtomicInteger();

    Guests(ChatClient client, List<String> questions, int concurrency, int turnsPerConversation) {
        this.client = client;
        this.questions = List.copyOf(questions);
        this.concurrency = concurrency;
        this.turnsPerConversation = turnsPerConversation;
    }

    /** What a batch of turns came to: turns answered, the failures by kind, the turns' durations. */
    record Outcome(int answered, Map<String, Integer> failures, long[] sortedMicros, boolean timedOut) {
        int failed() {
            return failures.values().stream().mapToInt(Integer::intValue).sum();
        }

        double percentileMillis(double p) {
            return sortedMicros.length == 0 ? 0 : sortedMicros[Math.min(sortedMicros.length - 1, (int) (p * sortedMicros.length))] / 1000.0;
        }
    }

    /** Runs {@code turns} turns (failed ones included), stopping early if {@code within} passes. */
    Outcome run(int turns, Duration within) throws InterruptedException {
        AtomicInteger left = new AtomicInteger(turns);
        LongAdder answered = new LongAdder();
        Map<String, LongAdder> failures = new ConcurrentHashMap<>();
        long[] micros = new long[turns];
        AtomicInteger recorded = new AtomicInteger();
        long deadline = System.nanoTime() + within.toNanos();
        Thread[] guests = new Thread[concurrency];
        for (int g = 0; g < concurrency; g++) {
            guests[g] = Thread.ofVirtual().name("guest-" + g).start(() -> {
                String thread = null;
                int inConversation = 0;
                while (System.nanoTime() < deadline && left.getAndDecrement() > 0) {
                    String question = questions.get(Math.floorMod(nextQuestion.getAndIncrement(), questions.size()));
                    long start = System.nanoTime();
                    try {
                        thread = client.turn(thread, question);
                        answered.increment();
                        micros[recorded.getAndIncrement()] = (System.nanoTime() - start) / 1000;
                        if (++inConversation == turnsPerConversation) {
                            thread = null;
                            inConversation = 0;
                        }
                    } catch (IOException | ChatClient.BadTurn e) {
                        String kind = e.getClass().getSimpleName() + ": " + e.getMessage();
                        failures.computeIfAbsent(kind.length() > 200 ? kind.substring(0, 200) : kind, k -> new LongAdder()).increment();
                        thread = null;
                        inConversation = 0;
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        for (Thread guest : guests) {
            guest.join();
        }
        long[] sorted = Arrays.copyOf(micros, recorded.get());
        Arrays.sort(sorted);
        Map<String, Integer> failed = new TreeMap<>();
        failures.forEach((kind, count) -> failed.put(kind, count.intValue()));
        return new Outcome(answered.intValue(), failed, sorted, left.get() > 0);
    }
}
