package ai.heyseven.adapter.redis;

import java.util.function.BiFunction;
import java.util.function.Supplier;
import redis.clients.jedis.exceptions.JedisException;

/** Runs one Redis call and turns a Jedis failure into the port's own exception, keeping the cause. */
final class RedisCalls {
    private RedisCalls() {
    }

    static <T> T call(String what, BiFunction<String, Throwable, ? extends RuntimeException> failure, Supplier<T> action) {
        try {
            return action.get();
        } catch (JedisException e) {
            throw failure.apply(what + " failed: " + e.getMessage(), e);
        }
    }
}
