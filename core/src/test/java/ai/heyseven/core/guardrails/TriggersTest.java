package ai.heyseven.core.guardrails;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriggersTest {

    @Test
    void everyStemOfEveryPatternIsFoundByThePrefilterSoNoPatternIsSilentlyNeverRun() {
        Triggers triggers = Guardrails.TRIGGERS;
        assertEquals(Patterns.all().stream().distinct().count(), triggers.requirements().size(), "a requirement per pattern");
        int checked = 0;
        for (Triggers.Requirement requirement : triggers.requirements()) {
            for (BitSet[] alternative : requirement.alternatives()) {
                for (BitSet part : alternative) {
                    for (int id = part.nextSetBit(0); id >= 0; id = part.nextSetBit(id + 1)) {
                        String stem = triggers.stem(id);
                        assertTrue(triggers.found(stem).present().get(id), "the stem '" + stem + "' is in the trie");
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 500, "stems checked: " + checked);
    }

    @Test
    void everyPatternRunsOnATextHoldingItsStems() {
        Triggers triggers = Guardrails.TRIGGERS;
        for (String source : Patterns.all()) {
            Triggers.Requirement requirement = triggers.requirement(source);
            for (BitSet[] alternative : requirement.alternatives()) {
                StringBuilder text = new StringBuilder();
                for (BitSet part : alternative) {
                    text.append(triggers.stem(part.nextSetBit(0))).append(' ');
                }
                assertTrue(requirement.metBy(triggers.found(text.toString())), source + " on '" + text + "'");
            }
        }
    }

    @Test
    void noPatternRunsOnEveryMessage() {
        for (String source : Patterns.all()) {
            for (BitSet[] alternative : Guardrails.TRIGGERS.requirement(source).alternatives()) {
                assertTrue(alternative.length > 0, "an alternative of " + source + " needs no word, so it runs over every message;"
                        + " start it with its own words, or put a .{0,n} gap before them");
            }
        }
    }

    @Test
    void aPatternThePrefilterWasNotBuiltWithHasNoRequirementRatherThanOneThatCanNeverBeMet() {
        Triggers triggers = new Triggers(List.of("\\bignore\\b.{0,20}\\brules\\b"));
        assertTrue(triggers.requirement("\\bignore\\b.{0,20}\\brules\\b").metBy(triggers.found("please ignore the rules")));
        assertFalse(triggers.requirement("\\bignore\\b.{0,20}\\brules\\b").metBy(triggers.found("where is the pool")));
        assertThrows(IllegalArgumentException.class, () -> triggers.requirement("\\bzebra\\b.{0,20}\\bstripes\\b"));
    }
}
