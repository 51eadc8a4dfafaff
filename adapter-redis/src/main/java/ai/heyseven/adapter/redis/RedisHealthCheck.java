package ai.heyseven.adapter.redis;

import ai.heyseven.ports.health.HealthCheck;
import ai.heyseven.ports.health.HealthStatus;

/** Redis's readiness: a PING within the read timeout. Required: without Redis no conversation is safe. */
final class RedisHealthCheck implements HealthCheck {
    private final RedisConnection connection;

    RedisHealthCheck(RedisConnection connection) {
        this.connection = connection;
    }

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public boolean required() {
        return true;
    }

    @Override
    public HealthStatus check() {
        try {
            connection.ping();
            return HealthStatus.up(connection.settings().safeUrl());
        } catch (RedisUnavailableException e) {
            return HealthStatus.down(e.getMessage());
        }
    }
}
