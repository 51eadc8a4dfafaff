package ai.heyseven.adapter.redis;

import ai.heyseven.ports.contract.ChangeHashStoreContract;
import ai.heyseven.ports.knowledge.ChangeHashStore;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisChangeHashStoreIT extends ChangeHashStoreContract {
    @RegisterExtension
    static final RedisExtension REDIS = new RedisExtension();

    @Override
    protected ChangeHashStore store() {
        return new RedisChangeHashStore(REDIS.connection());
    }
}
