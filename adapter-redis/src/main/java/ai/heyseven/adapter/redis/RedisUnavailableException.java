package ai.heyseven.adapter.redis;

import ai.heyseven.ports.BackendException;

/** Redis did not answer a health ping; the message says where and why, without credentials. */
public final class RedisUnavailableException extends BackendException {
    private static final long serialVersionUID = 1L;

    RedisUnavailableException(String message, Throwable cause) {
        super("redis", message, cause);
    }
}
