package ai.heyseven.adapter.redis;

import ai.heyseven.ports.contract.IdempotencyStoreContract;
import ai.heyseven.ports.idempotency.IdempotencyStore;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisIdempotencyStoreIT extends IdempotencyStoreContract {
    @RegisterExtension
    static final RedisExtension REDIS = new RedisExtension();

    @Override
    protected IdempotencyStore store() {
        return new RedisIdempotencyStore(REDIS.connection());
    }
}
