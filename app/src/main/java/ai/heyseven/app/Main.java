package ai.heyseven.app;

import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar heyseven.jar}: validates the environment, configures logging before the first
 * line is written, starts Hey Seven and stops it on SIGTERM or Ctrl-C. A bad setting prints one
 * line naming the variable and exits with status 2.
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
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            stopped.countDown();
        }, "heyseven-shutdown"));
        stopped.await();
    }
}
