package ai.heyseven.app;

import java.lang.ref.WeakReference;
import java.time.Duration;

/**
 * A garbage collection that certainly happened: {@link System#gc()} is only a request, so it is
 * repeated until an object nothing holds (a canary) has been collected, then run once more so that
 * whatever was only weakly held when the canary went is gone too.
 */
final class FullGc {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private FullGc() {
    }

    static void run() throws InterruptedException {
        WeakReference<Object> canary = new WeakReference<>(new Object());
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (canary.get() != null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no garbage collection within " + PATIENCE + " despite System.gc()");
            }
            System.gc();
            Thread.sleep(10);
        }
        System.gc();
    }
}
