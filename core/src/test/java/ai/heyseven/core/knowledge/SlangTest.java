package ai.heyseven.core.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlangTest {

    @Test
    void readsPhrasesWhoseFirstWordEndsAtAnApostropheOrHyphen() {
        assertEquals("comps complimentary", Slang.plainWords("Can I get my room comp'd?"));
        assertEquals("poker tournament gaming", Slang.plainWords("What's the buy-in tonight?"));
        assertEquals("rewards card loyalty", Slang.plainWords("I lost my player's card"));
    }

    @Test
    void readsSeveralPhrasesAndChineseBesideLatin() {
        assertEquals("high limit salon gaming free play freeplay promotions", Slang.plainWords("Is the high limit room open, any FP left?"));
        assertEquals("free play freeplay promotions", Slang.plainWords("VIP免费游戏"));
    }

    @Test
    void aPhraseInsideAnotherWordOrNoSlangAtAllReadsNothing() {
        assertEquals("", Slang.plainWords("What Italian restaurants do you have and when do they close?"));
        assertEquals("", Slang.plainWords("a compass and a theory"));
        assertEquals("", Slang.plainWords("descortesia"));
    }
}
