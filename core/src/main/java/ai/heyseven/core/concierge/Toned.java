package ai.heyseven.core.concierge;

import ai.heyseven.ports.concierge.GuestLanguage;
import ai.heyseven.ports.concierge.Tone;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * A validated answer fitted to the guest's tone: a neutral guest gets it as it is; a grieving one
 * gets condolence first; an upset one gets an acknowledgement first and only the answer's first
 * sentences, since a long reply to an angry guest reads as not listening. Cutting whole sentences
 * keeps the answer grounded: nothing is added but the fixed acknowledgement.
 */
final class Toned {
    /** How many sentences of the answer an upset guest gets. */
    static final int UPSET_SENTENCES = 2;

    private Toned() {
    }

    static String reply(String answer, Tone tone, GuestLanguage language) {
        return switch (tone) {
            case NEUTRAL -> answer;
            case GRIEVING -> ToneReplies.acknowledgement(tone, language) + " " + answer;
            case FRUSTRATED, ANGRY, SARCASTIC -> ToneReplies.acknowledgement(tone, language) + " " + firstSentences(answer, language);
        };
    }

    static String firstSentences(String answer, GuestLanguage language) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.forLanguageTag(language.code()));
        sentences.setText(answer);
        int end = 0;
        for (int i = 0; i < UPSET_SENTENCES; i++) {
            int next = sentences.next();
            if (next == BreakIterator.DONE) {
                return answer;
            }
            end = next;
        }
        return answer.substring(0, end).strip();
    }
}
