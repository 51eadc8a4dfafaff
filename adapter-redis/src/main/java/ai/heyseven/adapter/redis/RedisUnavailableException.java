package ai.heyseven.adapter.redis;

/** Redis did not answer a health ping; the message says where and why, without credentials. */
public final class RedisUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RedisUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
