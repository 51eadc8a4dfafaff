package ai.heyseven.core.guardrails;

/** The four languages Hey Seven's guardrails and fixed replies speak. */
public enum Language {
    EN, ES, PT, ZH;

    private static final java.util.Set<String> SPANISH = java.util.Set.of("el", "que", "donde", "dónde",
            "quiero", "tengo", "puedo", "hay", "por", "favor", "una", "para", "cuál", "cuándo", "gracias", "hola", "qué", "cómo");
    private static final java.util.Set<String> PORTUGUESE = java.util.Set.of("você", "voce", "não", "nao", "quero", "tenho",
            "posso", "onde", "obrigado", "obrigada", "olá", "uma", "meu", "minha", "fazer", "é", "hoje", "com", "isso");

    /**
     * A cheap guess at the language of a message, for replies when no pattern says otherwise:
     * Han characters → Chinese; Portuguese or Spanish marks and distinctive words → those (not words
     * English shares, such as "as" or "Las" of Las Vegas); else English.
     */
    public static Language guess(String text) {
        int spanish = 0;
        int portuguese = 0;
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Triggers.han(c)) {
                return ZH;
            }
            if (c == 'ñ' || c == '¿' || c == '¡') {
                spanish += 2;
            } else if (c == 'ã' || c == 'õ' || c == 'ç') {
                portuguese += 2;
            }
        }
        int from = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean letter = i < lower.length() && Character.isLetter(lower.charAt(i));
            if (letter && from < 0) {
                from = i;
            } else if (!letter && from >= 0) {
                String word = lower.substring(from, i);
                spanish += SPANISH.contains(word) ? 1 : 0;
                portuguese += PORTUGUESE.contains(word) ? 1 : 0;
                from = -1;
            }
        }
        if (portuguese > spanish && portuguese > 0) {
            return PT;
        }
        return spanish > 0 ? ES : EN;
    }
}
