package ai.heyseven.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageColorsTest {

    @Test
    void whiteReadsOnADarkBrandColourAndBlackOnAPaleOne() {
        assertEquals(PageColors.WHITE, PageColors.textOn("#0b5563"));
        assertEquals(PageColors.WHITE, PageColors.textOn("#5b2a86"));
        assertEquals(PageColors.BLACK, PageColors.textOn("#f2a541"));
        assertEquals(PageColors.BLACK, PageColors.textOn("#ffffff"));
        assertEquals(PageColors.BLACK, PageColors.textOn("#7fd1ae"));
    }

    @Test
    void theChosenTextMeetsWcagContrastForBodyTextOnEveryGreyAndPrimary() {
        for (String background : new String[] {"#000000", "#444444", "#777777", "#808080", "#999999", "#cccccc", "#ff0000", "#00ff00",
                "#0000ff", "#ffff00", "#00ffff", "#ff00ff"}) {
            String text = PageColors.textOn(background);
            double ratio = contrast(PageColors.luminance(background), PageColors.luminance(text));
            assertTrue(ratio >= 4.5, background + " with " + text + ": " + ratio);
        }
    }

    private static double contrast(double a, double b) {
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }
}
