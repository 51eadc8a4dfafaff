package ai.heyseven.adapter.http;

import ai.heyseven.ports.health.HealthCheck;
import ai.heyseven.ports.health.HealthStatus;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * {@code /live} answers while the process runs and checks nothing; {@code /health} is readiness: 503
 * until start-up has finished, while draining, or while a required backend is down.
 */
final class HealthRoutes {
    private final List<HealthCheck> checks;
    private final Supplier<Map<String, String>> breakers;
    private final BuildInfo build;
    private final AtomicBoolean ready = new AtomicBoolean();

    private volatile boolean draining;

    HealthRoutes(HealthSources sources, BuildInfo build) {
        this.checks = sources.checks();
        this.breakers = sources.circuitBreakers();
        this.build = build;
    }

    void markReady(boolean isReady) {
        ready.set(isReady);
    }

    /** From now on {@code /health} says {@code draining} (503): the instance is stopping. */
    void markDraining() {
        draining = true;
    }

    void live(Context ctx) {
        ctx.result(Json.write(Map.of("status", "live"))).contentType("application/json");
    }

    void health(Context ctx) {
        Map<String, Object> results = new LinkedHashMap<>();
        boolean requiredDown = false;
        for (HealthCheck check : checks) {
            HealthStatus status = check.check();
            results.put(check.name(), Map.of("status", status.up() ? "up" : "down", "detail", status.detail(),
                    "required", check.required()));
            requiredDown |= check.required() && !status.up();
        }
        String state = draining ? "draining" : !ready.get() ? "starting" : requiredDown ? "unavailable" : "ready";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", state);
        body.put("version", build.version());
        body.put("commit", build.commit());
        body.put("checks", results);
        body.put("circuit_breakers", breakers.get());
        if (!state.equals("ready")) {
            ctx.header("Retry-After", "5");
        }
        ctx.status(state.equals("ready") ? 200 : 503).contentType("application/json").result(Json.write(body));
    }
}
