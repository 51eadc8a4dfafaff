package ai.heyseven.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * {@code java -jar heyseven.jar}: sizes the virtual threads' carriers ({@link Carriers}), validates
 * the environment, configures logging before the first line is written, starts Hey Seven, and on
 * SIGTERM or Ctrl-C drains it and exits 0; a second signal ends it at once (status 1). A bad
 * setting prints one line naming the variable and exits with status 2.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        Carriers.sizeUnlessSet(); // before the first virtual thread
        Settings settings;
        try {
            settings = Settings.from(System.getenv());
        } catch (ConfigurationException e) {
            refuse(e, System.getenv());
            return;
        }
        System.setProperty("heyseven.log.format", settings.operations().logFormat());
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        HeySeven running;
        try {
            running = HeySeven.start(settings);
        } catch (ConfigurationException e) {
            refuse(e, System.getenv());
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

    /**
     * One line naming the bad setting, and exit status 2 — a JSON object when the logs would have
     * been JSON (so a log pipeline never meets a line it cannot parse).
     */
    private static void refuse(ConfigurationException e, Map<String, String> environment) {
        String line = "heyseven: configuration error: " + e.getMessage();
        String format = environment.getOrDefault("HEYSEVEN_LOG_FORMAT",
                "prod".equals(environment.get("HEYSEVEN_PROFILE")) ? "json" : "text");
        if (format.equals("json")) {
            Map<String, String> json = new LinkedHashMap<>();
            json.put("@timestamp", Instant.now().toString());
            json.put("level", "ERROR");
            json.put("logger_name", Main.class.getName());
            json.put("message", line);
            try {
                line = new ObjectMapper().writeValueAsString(json);
            } catch (JsonProcessingException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        System.err.println(line);
        System.exit(2);
    }
}
