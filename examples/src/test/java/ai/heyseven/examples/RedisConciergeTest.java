package ai.heyseven.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.redis.RedisServerProcess;
import ai.heyseven.ports.concierge.TurnReply;
import ai.heyseven.ports.concierge.TurnRequest;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Two applications on one real Redis: a conversation begun on one continues on the other. */
class RedisConciergeTest {

    @Test
    void aConversationBegunOnOneInstanceContinuesOnAnother() {
        try (RedisServerProcess server = RedisServerProcess.start();
                RedisConcierge first = RedisConcierge.connect(URI.create(server.url()));
                RedisConcierge second = RedisConcierge.connect(URI.create(server.url()))) {
            TurnReply opening = first.agent().concierge().ask(new TurnRequest("aurora-palms", "What Italian restaurants do you have?",
                    null, null, "example-1"));
            assertTrue(opening.reply().contains("Trattoria Lucia"), opening.reply());
            TurnReply next = second.agent().concierge().ask(new TurnRequest("aurora-palms", "Where is the spa?", opening.threadId(),
                    null, "example-2"));
            assertEquals(2, next.turn(), "the second instance read the first one's checkpoint from Redis");
        }
    }
}
