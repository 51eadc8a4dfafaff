package ai.heyseven.ports.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Keeps every carrier of the virtual threads busy for a while, as turns doing CPU work do: a
 * spinning virtual thread never parks, so it never yields its carrier (virtual threads are not
 * time-sliced). For tests that a platform thread — a keeper, a watcher — does its work on time
 * however busy the carriers are.
 */
public final class BusyCarriers {
    private BusyCarriers() {
    }

    /** Spins one virtual thread on each carrier for {@code duration}; returns once every one has stopped. */
    public static void spinFor(Duration duration) throws InterruptedException {
        int carriers = Integer.getInteger("jdk.virtualThreadScheduler.parallelism", Runtime.getRuntime().availableProcessors());
        CountDownLatch busy = new CountDownLatch(carriers);
        long until = System.nanoTime() + duration.toNanos();
        List<Thread> spinners = new ArrayList<>();
        for (int i = 0; i < carriers; i++) {
            spinners.add(Thread.ofVirtual().start(() -> {
                busy.countDown();
                while (System.nanoTime() - until < 0) {
                    Thread.onSpinWait();
                }
            }));
        }
        if (!busy.await(5, TimeUnit.SECONDS)) {
            throw new AssertionError("not every carrier became busy within 5 s");
        }
        for (Thread spinner : spinners) {
            spinner.join();
        }
    }
}
