package ai.heyseven.examples;

import ai.heyseven.adapter.local.LocalBackends;
import ai.heyseven.adapter.local.OfflineLanguageModel;
import ai.heyseven.adapter.local.PropertyFiles;
import ai.heyseven.adapter.redis.RedisBackend;
import ai.heyseven.adapter.redis.RedisSettings;
import ai.heyseven.core.concierge.Agent;
import ai.heyseven.core.concierge.Concierges;
import ai.heyseven.ports.concierge.TurnRequest;
import java.net.URI;
import java.time.Duration;

/**
 * The same agent with its conversations in Redis, so every instance of your application pointed at
 * one Redis continues any guest's conversation. Run it:
 * {@code java ai.heyseven.examples.RedisConcierge redis://127.0.0.1:6379 "Any Italian tonight?"}.
 */
public final class RedisConcierge implements AutoCloseable {
    private final RedisBackend redis;
    private final Agent agent;

    private RedisConcierge(RedisBackend redis, Agent agent) {
        this.redis = redis;
        this.agent = agent;
    }

    /** Connects (and checks that Redis answers), then builds the agent on it. */
    public static RedisConcierge connect(URI redisUrl) {
        RedisBackend redis = RedisBackend.open(new RedisSettings(redisUrl, Duration.ofSeconds(2), Duration.ofSeconds(1), 16));
        redis.ping();
        PropertyFiles properties = PropertyFiles.bundled();
        Agent agent = Concierges.builder()
                .durable(LocalBackends.durable(properties, "bundled sample properties").ports())
                .state(redis.ports(InMemoryConcierge.LIMITS))
                .languageModel(new OfflineLanguageModel(Concierges.keywordRouter()))
                .buildAgent();
        return new RedisConcierge(redis, agent);
    }

    public Agent agent() {
        return agent;
    }

    @Override
    public void close() {
        agent.close();
        redis.close();
    }

    public static void main(String[] args) {
        try (RedisConcierge concierge = connect(URI.create(args[0]))) {
            String question = args.length > 1 ? args[1] : "What Italian restaurants do you have?";
            System.out.println(concierge.agent().concierge()
                    .ask(new TurnRequest("aurora-palms", question, null, null, "example-1")).reply());
        }
    }
}
