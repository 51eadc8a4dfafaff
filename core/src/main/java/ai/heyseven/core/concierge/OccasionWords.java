package ai.heyseven.core.concierge;

import ai.heyseven.ports.concierge.GuestLanguage;
import java.util.Map;

/** An {@link Occasion} said in each of the guest's languages. */
final class OccasionWords {
    private static final Map<String, String[]> KIND = Map.of(
            "birthday", new String[] {"cumpleaños", "aniversário", "生日"},
            "anniversary", new String[] {"aniversario", "aniversário de casamento", "周年纪念日"},
            "honeymoon", new String[] {"luna de miel", "lua de mel", "蜜月"},
            "wedding", new String[] {"boda", "casamento", "婚礼"},
            "graduation", new String[] {"graduación", "formatura", "毕业典礼"},
            "retirement", new String[] {"jubilación", "aposentadoria", "退休庆祝"},
            "bachelor party", new String[] {"despedida de soltero", "despedida de solteiro", "单身派对"});
    private static final Map<String, String[]> WHOSE = Map.of(
            "wife", new String[] {"su esposa", "sua esposa", "您妻子"},
            "husband", new String[] {"su esposo", "seu marido", "您丈夫"},
            "partner", new String[] {"su pareja", "seu parceiro", "您伴侣"},
            "mother", new String[] {"su madre", "sua mãe", "您母亲"},
            "father", new String[] {"su padre", "seu pai", "您父亲"},
            "son", new String[] {"su hijo", "seu filho", "您儿子"},
            "daughter", new String[] {"su hija", "sua filha", "您女儿"},
            "friend", new String[] {"su amigo", "seu amigo", "您朋友"});

    private OccasionWords() {
    }

    static String said(Occasion occasion, GuestLanguage language) {
        if (language == GuestLanguage.EN) {
            return (occasion.whose().isEmpty() ? "your " : "your " + occasion.whose() + "'s ")
                    + (occasion.nth() == 0 ? "" : occasion.nth() + Occasion.ordinal(occasion.nth()) + " ") + occasion.kind();
        }
        int column = switch (language) {
            case ES -> 0;
            case PT -> 1;
            default -> 2;
        };
        String kind = KIND.get(occasion.kind())[column];
        String[] whose = WHOSE.get(occasion.whose());
        String owner = whose == null ? "" : whose[column];
        String nth = occasion.nth() == 0 ? "" : Integer.toString(occasion.nth());
        return switch (language) {
            case ES -> (nth.isEmpty() ? "su " : "el " + nth + ".º ") + kind + (owner.isEmpty() ? "" : " de " + owner);
            case PT -> (nth.isEmpty() ? "seu " : "o " + nth + "º ") + kind + (owner.isEmpty() ? "" : " de " + owner);
            default -> (owner.isEmpty() ? "您的" : owner + "的") + (nth.isEmpty() ? "" : nth + ("birthday".equals(occasion.kind()) ? "岁" : ""))
                    + kind;
        };
    }
}
