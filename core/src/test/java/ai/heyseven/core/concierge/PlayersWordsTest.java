package ai.heyseven.core.concierge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.heyseven.adapter.local.LocalBackends;
import ai.heyseven.adapter.local.PropertyFiles;
import ai.heyseven.core.knowledge.KnowledgeIndex;
import ai.heyseven.core.knowledge.Slang;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Casino slang in four languages routes and retrieves as its plain form does, on the sample property. */
class PlayersWordsTest {
    private static final String CASINO = "aurora-palms";
    private static final KnowledgeIndex INDEX = new KnowledgeIndex(LocalBackends.durable(PropertyFiles.bundled(), "test").ports().knowledge(), 4);
    private final KeywordIntentClassifier router = new KeywordIntentClassifier();

    @ParameterizedTest(name = "{0} ≈ {1}")
    @CsvSource(delimiter = '|', value = {
            "Can I get comp'd for dinner?|How do comps work for dinner?",
            "Do you do full RFB for players?|How do comps work for room, food and beverage?",
            "What theo do I need for a room?|How many points of rated play do I need for comps on a room?",
            "Where's the high limit room?|Where is the high limit gaming salon?",
            "I'm a whale, where do I play?|Where is the high limit gaming salon?",
            "Where do I get a player's card?|Where do I get a rewards card?",
            "Any free play this month?|Any freeplay promotions this month?",
            "Can my host get me comped for the show?|Can a host get me comps for the show?",
            "¿Dónde consigo la tarjeta de jugador?|¿Dónde consigo la tarjeta de rewards?",
            "¿Dónde está la sala VIP?|¿Dónde está el high limit gaming salon?",
            "Tem jogo grátis hoje?|Tem freeplay promotions hoje?",
            "Onde fica a sala de alto limite?|Onde fica o high limit gaming salon?",
            "贵宾厅在哪里？|high limit gaming salon 在哪里？",
            "怎么办会员卡？|怎么办 rewards card？"})
    void aSlangQuestionRoutesAndRetrievesAsItsPlainForm(String slang, String plain) {
        assertFalse(Slang.plainWords(slang).isEmpty(), "knows the slang of: " + slang);
        Intent plainIntent = router.classify(plain).intent();
        assertEquals(plainIntent, router.classify(slang).intent(), "routed like: " + plain);
        assertEquals(firstIds(plain, plainIntent), firstIds(slang, plainIntent), "retrieved like: " + plain);
    }

    private static List<String> firstIds(String question, Intent intent) {
        return INDEX.search(CASINO, question, intent).stream().limit(1).map(KnowledgeItem::id).toList();
    }
}
