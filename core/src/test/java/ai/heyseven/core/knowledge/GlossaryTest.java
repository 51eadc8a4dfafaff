package ai.heyseven.core.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GlossaryTest {
    @Test
    void addsTheEnglishWordsOfSpanishOnesWhateverTheirAccents() {
        String expanded = Glossary.expand("¿Hay PISCINA techada y gimnasio?");
        assertTrue(expanded.startsWith("¿Hay PISCINA techada y gimnasio?"), expanded);
        assertTrue(expanded.contains("pool") && expanded.contains("indoor") && expanded.contains("gym"), expanded);
        assertTrue(Glossary.expand("¿Cuánto cuesta el estacionamiento?").contains("parking"));
        assertTrue(Glossary.expand("Es mi cumpleaños").contains("birthday"), "ñ folds to n");
    }

    @Test
    void leavesAQuestionItDoesNotKnowAsItIs() {
        assertEquals("Where is Trattoria Lucia?", Glossary.expand("Where is Trattoria Lucia?"));
    }

    @Test
    void searchTermsIgnoreAccentsAndSpanishFunctionWords() {
        assertEquals(Terms.of("poker torneo"), Terms.of("el póker y los torneo"));
    }
}
