package ai.heyseven.core.concierge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.heyseven.ports.concierge.Intent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeywordIntentClassifierTest {
    private final KeywordIntentClassifier router = new KeywordIntentClassifier();

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
        "'Hello there!', GREETING",
        "'What Italian restaurants do you have and when do they close?', DINING",
        "'Where can I get sushi after the show?', DINING",
        "'What shows are on tonight?', ENTERTAINMENT",
        "'Can I get a late checkout for my room?', HOTEL",
        "'What are the blackjack minimums?', GAMING",
        "'Can I get a comp on my room?', GAMING",
        "'Is the pool heated?', AMENITIES",
        "'Any promotions this weekend?', PROMOTIONS",
        "'How do I earn rewards points?', LOYALTY",
        "'Who will win the election?', OFF_TOPIC",
        "'Where is the lost and found?', GENERAL",
        "'¿Dónde puedo cenar? Busco un restaurante', DINING",
        "'有海鲜餐厅吗？', DINING",
        "'自助餐明天几点开门？', DINING",
        "'今晚有什么演出？', ENTERTAINMENT",
        "'泳池几点开放？', AMENITIES",
        "'我怎么查积分？', LOYALTY",
        "'你好', GREETING",
    })
    void routesByTheWordsOfEachIntent(String message, Intent expected) {
        assertEquals(expected, router.classify(message).intent());
    }
}
