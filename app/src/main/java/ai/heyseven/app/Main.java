package ai.heyseven.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * {@code java -jar heyseven.jar}: validates the environment, configures logging before the first
 * line is written, starts Hey Seven, and on SIGTERM or Ctrl-C drains it and exits 0; a second
 * signal ends it at once (status 1). A bad setting prints one line naming the variable and exits
 * with status 2.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        Settings settings;
        try {
            settings = Settings.from(System.getenv());
        } catch (ConfigurationException e) {
            System.err.println("heyseven: configuration error: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.setProperty("heyseven.log.format", settings.logFormat());
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        HeySeven running;
        try {
            running = HeySeven.start(settings);
        } catch (ConfigurationException e) {
            System.err.println("heyseven: configuration error: " + e.getMessage());
            System.exit(2);
            return;
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Main.class).error("start-up failed", e);
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        SignalHandler stop = signal -> {
            if (!stopping.compareAndSet(false, true)) {
                LoggerFactory.getLogger(Main.class).warn("second {}: stopping at once", signal.getName());
                Runtime.getRuntime().halt(1);
            }
            Thread.ofPlatform().name("heyseven-stop").start(() -> {
                running.close();
                stopped.countDown();
            });
        };
        Signal.handle(new Signal("TERM"), stop);
        Signal.handle(new Signal("INT"), stop);
        stopped.await();
        System.exit(0);
    }
}
