package ai.heyseven.core.guardrails;

/** Cyrillic and Greek letters that look like Latin ones, folded to the Latin letter they imitate. */
final class Confusables {
    private static final String FROM = "аеорсухкмтвнізјԁɡοαερτυνικχβγδ";
    private static final String TO = "aeopcyxkmtbhizjdgoaeptuvikxbyd";

    private Confusables() {
    }

    static char fold(char c) {
        if (c < 0x370) {
            return c;
        }
        int index = FROM.indexOf(c);
        return index < 0 ? c : TO.charAt(index);
    }
}
