package ai.heyseven.core.guardrails;

import ai.heyseven.ports.concierge.GuestLanguage;
import java.util.Locale;
import java.util.Set;

/** The four languages Hey Seven's guardrails and fixed replies speak. */
public enum Language {
    EN, ES, PT, ZH;

    private static final Set<String> SPANISH = Set.of("el", "que", "donde", "dónde",
            "quiero", "tengo", "puedo", "hay", "por", "favor", "una", "para", "cuál", "cuándo", "gracias", "hola", "qué", "cómo",
            "cierra", "mañana", "algún", "alguna", "ustedes", "también", "noche", "hoy", "y", "con", "del", "abierto", "abierta");
    private static final Set<String> PORTUGUESE = Set.of("você", "voce", "não", "nao", "quero", "tenho",
            "posso", "onde", "obrigado", "obrigada", "olá", "uma", "meu", "minha", "fazer", "é", "hoje", "com", "isso",
            "vocês", "têm", "noite", "também", "amanhã", "dos", "das", "tem", "aberto", "aberta");
    /** Words only an English message has: a message with none of them and no other sign keeps the conversation's language. */
    private static final Set<String> ENGLISH = Set.of("the", "is", "are", "what", "what's", "when", "where", "which",
            "do", "does", "you", "your", "have", "has", "can", "could", "how", "any", "there", "open", "close", "closes",
            "tonight", "today", "tomorrow", "thanks", "thank", "please", "hello", "hi", "hey", "i", "i'm", "we", "my", "our",
            "want", "would", "like", "need", "get", "book", "and", "for", "with", "about", "room", "restaurant");

    /** The ports' form of this language. */
    public GuestLanguage spoken() {
        return GuestLanguage.valueOf(name());
    }

    /** This language as the ports name it. */
    public static Language of(GuestLanguage language) {
        return valueOf(language.name());
    }

    /**
     * A cheap guess at the language of a message, for replies when no pattern says otherwise:
     * Han characters → Chinese; Portuguese or Spanish marks and distinctive words → those (not words
     * English shares, such as "as" or "Las" of Las Vegas); else English.
     */
    public static Language guess(String text) {
        Evidence evidence = Evidence.of(text);
        if (evidence.han) {
            return ZH;
        }
        if (evidence.portuguese > evidence.spanish && evidence.portuguese > 0) {
            return PT;
        }
        return evidence.spanish > 0 ? ES : EN;
    }

    /**
     * The language a guest wrote {@code text} in, for the whole reply: as {@link #guess} when the
     * message shows it, but a message with no sign of any language ("ok", "Trattoria Lucia?", "👍")
     * keeps the conversation's {@code previous} one. Portuguese or Spanish words outweigh as many
     * English ones, which those messages often borrow ("¿el buffet abre?").
     */
    public static GuestLanguage spokenIn(String text, GuestLanguage previous) {
        Evidence evidence = Evidence.of(text);
        if (evidence.han) {
            return GuestLanguage.ZH;
        }
        int best = Math.max(evidence.spanish, evidence.portuguese);
        if (best == 0 && evidence.english == 0) {
            return previous;
        }
        if (best >= evidence.english && best > 0) {
            return evidence.portuguese > evidence.spanish ? GuestLanguage.PT : GuestLanguage.ES;
        }
        return GuestLanguage.EN;
    }

    /** What a message shows of each language: Han characters, and a score of marks and words for the others. */
    private static final class Evidence {
        private boolean han;
        private int spanish;
        private int portuguese;
        private int english;

        static Evidence of(String text) {
            Evidence evidence = new Evidence();
            String lower = text.toLowerCase(Locale.ROOT);
            for (int i = 0; i < lower.length(); i++) {
                char c = lower.charAt(i);
                if (Triggers.han(c)) {
                    evidence.han = true;
                    return evidence;
                }
                if (c == 'ñ' || c == '¿' || c == '¡') {
                    evidence.spanish += 2;
                } else if (c == 'ã' || c == 'õ' || c == 'ç') {
                    evidence.portuguese += 2;
                }
            }
            int from = -1;
            for (int i = 0; i <= lower.length(); i++) {
                char c = i < lower.length() ? lower.charAt(i) : ' ';
                boolean letter = Character.isLetter(c) || (c == '\'' && from >= 0);
                if (letter && from < 0) {
                    from = i;
                } else if (!letter && from >= 0) {
                    evidence.count(lower.substring(from, i));
                    from = -1;
                }
            }
            return evidence;
        }

        private void count(String word) {
            spanish += SPANISH.contains(word) ? 1 : 0;
            portuguese += PORTUGUESE.contains(word) ? 1 : 0;
            english += ENGLISH.contains(word) ? 1 : 0;
        }
    }
}
