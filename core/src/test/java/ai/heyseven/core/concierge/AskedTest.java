package ai.heyseven.core.concierge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.core.guardrails.Language;
import ai.heyseven.ports.concierge.Intent;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading what a question asks for, in four languages, on a Tuesday at 18:37. */
class AskedTest {
    private static final LocalDateTime TUESDAY_EVENING = LocalDateTime.of(2026, 11, 24, 18, 37);

    private static Asked read(String question) {
        return Asked.read(question, TUESDAY_EVENING);
    }

    private static List<String> facets(String question) {
        return read(question).facets().stream().map(Facet::name).toList();
    }

    @Test
    void findsTheFacetsNamedInEachLanguage() {
        assertEquals(List.of("italian"), facets("What Italian restaurants do you have?"));
        assertEquals(List.of("pets"), facets("Do you allow dogs in the rooms?"));
        assertEquals(List.of("seafood"), facets("Hola, ¿hay algún restaurante de mariscos?"));
        assertEquals(List.of("pets"), facets("Posso levar meu cachorro?"));
        assertEquals(List.of("spa"), facets("水疗中心现在开门吗？"));
        assertEquals(List.of("dim-sum"), facets("We'd like dim sum for lunch"));
    }

    @Test
    void aDietTheGuestStatesAboutTheirPartyIsNotWhatTheyAskFor() {
        assertEquals(List.of("seafood"), facets("¿Hay algún restaurante de mariscos? Somos cuatro y uno es vegetariano."));
        assertEquals(List.of("vegetarian"), facets("My wife is vegetarian, what are our options?"));
    }

    @Test
    void readsTheFormOfTheQuestion() {
        assertEquals(Asked.Form.YES_NO, read("Is the spa open right now?").form());
        assertEquals(Asked.Form.YES_NO, read("¿Está abierto el spa ahora?").form());
        assertEquals(Asked.Form.YES_NO, read("O spa está aberto agora?").form());
        assertEquals(Asked.Form.HOURS, read("¿A qué hora abre el buffet mañana?").form());
        assertEquals(Asked.Form.HOURS, read("游泳池几点关门？").form());
        assertEquals(Asked.Form.LIST, read("Where can I get sushi?").form());
    }

    @Test
    void readsTheTimeAskedAboutOnThePropertysClock() {
        assertEquals(AskedTime.Kind.NOW, read("Is the spa open right now?").time().kind());
        AskedTime afterEleven = read("Is it open after 11?").time();
        assertEquals(AskedTime.Kind.AT, afterEleven.kind());
        assertEquals(TUESDAY_EVENING.toLocalDate().atTime(23, 0), afterEleven.at(), "11 at 18:37 is the coming 11 PM");
        AskedTime tomorrow = read("¿A qué hora abre el buffet mañana?").time();
        assertEquals(AskedTime.Kind.DAY, tomorrow.kind());
        assertEquals(TUESDAY_EVENING.toLocalDate().plusDays(1), tomorrow.at().toLocalDate());
        assertEquals(AskedTime.Kind.NONE, read("Do you serve breakfast in the morning? Por la mañana").time().kind());
        assertEquals(TUESDAY_EVENING.toLocalDate().plusDays(4), read("What are the pool hours on Saturday?").time().at().toLocalDate());
        assertEquals(TUESDAY_EVENING.toLocalDate().atTime(22, 0), read("晚上10点还开吗？").time().at());
    }

    @Test
    void aFollowUpNamesNothingNewAndPointsBackOrAsksAboutHours() {
        assertTrue(read("Is it open after 11?").followsUp(Intent.GENERAL));
        assertTrue(read("¿Y a qué hora cierra hoy?").followsUp(Intent.GENERAL));
        assertTrue(read("它几点关门？").followsUp(Intent.GENERAL));
        assertFalse(read("Which restaurants are open late?").followsUp(Intent.DINING), "names a kind of place: a new question");
        assertFalse(read("Is the spa open now?").followsUp(Intent.AMENITIES));
        assertFalse(read("And what shows are on?").followsUp(Intent.ENTERTAINMENT), "a new subject after \"and\"");
    }

    @Test
    void knowsTheGuestsLanguage() {
        assertEquals(Language.ES, read("¿A qué hora abre el buffet mañana?").language());
        assertEquals(Language.ZH, read("有中餐吗？").language());
    }
}
