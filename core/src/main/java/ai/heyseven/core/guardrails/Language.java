package ai.heyseven.core.guardrails;

/** The four languages Hey Seven's guardrails and fixed replies speak. */
public enum Language {
    EN, ES, PT, ZH;

    /**
     * A cheap guess at the language of a message, for replies when no pattern says otherwise:
     * Han characters → Chinese; Portuguese or Spanish marks and common words → those; else English.
     */
    public static Language guess(String text) {
        int spanish = 0;
        int portuguese = 0;
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                return ZH;
            }
            if (c == 'ñ' || c == '¿' || c == '¡') {
                spanish += 2;
            } else if (c == 'ã' || c == 'õ' || c == 'ç') {
                portuguese += 2;
            }
        }
        for (String word : lower.split("[^\\p{L}]+")) {
            switch (word) {
                case "el", "los", "las", "que", "donde", "dónde", "quiero", "tengo", "puedo", "hay", "por", "favor",
                        "una", "es", "mi", "para", "cuál", "cuándo", "gracias", "hola" -> spanish++;
                case "você", "voce", "não", "nao", "quero", "tenho", "posso", "onde", "obrigado", "obrigada", "olá",
                        "os", "as", "um", "uma", "meu", "minha", "fazer", "é", "está", "hoje" -> portuguese++;
                default -> { }
            }
        }
        if (portuguese > spanish && portuguese > 0) {
            return PT;
        }
        return spanish > 0 ? ES : EN;
    }
}
