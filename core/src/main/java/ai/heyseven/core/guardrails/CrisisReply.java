package ai.heyseven.core.guardrails;

import ai.heyseven.ports.casino.CrisisLine;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The reply to a guest in crisis: warmth first, then the property's crisis lines said in the guest's
 * language ("call or text 988"), then the number for immediate danger on its own.
 */
final class CrisisReply {
    private CrisisReply() {
    }

    /** One language's words; {@code %1$s} is a number, {@code %2$s} a keyword. */
    private record Words(String support, String reach, String callOrText, String call, String textKeyword, String text,
            String or, String separator, String emergency) {
    }

    private static Words words(Language language) {
        return switch (language) {
            case EN -> new Words("I'm so sorry you're going through this, and I'm really glad you told me. Your safety matters "
                    + "most right now, and you don't have to face this alone.", "You can reach someone right now, free and at any "
                    + "hour: %s.", "call or text %1$s", "call %1$s", "text %2$s to %1$s", "text %1$s", " or ", "; ",
                    "If you are in immediate danger, please call %s now.");
            case ES -> new Words("Siento mucho que estés pasando por esto y me alegra de verdad que me lo cuentes. Tu seguridad "
                    + "es lo más importante ahora, y no tienes que enfrentarlo solo.", "Puedes hablar con alguien ahora mismo, "
                    + "gratis y a cualquier hora: %s.", "llama o escribe al %1$s", "llama al %1$s", "envía %2$s al %1$s",
                    "escribe al %1$s", " o ", "; ", "Si estás en peligro inmediato, llama ya al %s.");
            case PT -> new Words("Sinto muito que você esteja passando por isso, e fico muito feliz que tenha me contado. Sua "
                    + "segurança é o mais importante agora, e você não precisa enfrentar isso sozinho.", "Você pode falar com "
                    + "alguém agora mesmo, de graça e a qualquer hora: %s.", "ligue ou envie mensagem para %1$s",
                    "ligue para %1$s", "envie %2$s para %1$s", "envie mensagem para %1$s", " ou ", "; ",
                    "Se você estiver em perigo imediato, ligue agora para %s.");
            case ZH -> new Words("很抱歉你正在经历这些，真的谢谢你愿意告诉我。你的安全最重要，你不必独自面对。",
                    "现在就可以联系专人，免费且全天候：%s。", "拨打或发短信至 %1$s", "拨打 %1$s", "发送 %2$s 至 %1$s",
                    "发短信至 %1$s", "或", "；", "如果你有即时危险，请立即拨打 %s。");
        };
    }

    /** Support, the lines, and immediate danger, as sentences without the closing word about a host. */
    static String of(Language language, List<CrisisLine> lines) {
        Words words = words(language);
        List<String> sentences = new ArrayList<>();
        sentences.add(words.support());
        String support = lines.stream().filter(line -> !line.emergency())
                .map(line -> line.name() + (language == Language.ZH ? "：" : " — ") + how(words, line))
                .collect(Collectors.joining(words.separator()));
        if (!support.isEmpty()) {
            sentences.add(words.reach().formatted(support));
        }
        String emergency = lines.stream().filter(CrisisLine::emergency).map(CrisisLine::call).collect(Collectors.joining(" / "));
        if (!emergency.isEmpty()) {
            sentences.add(words.emergency().formatted(emergency));
        }
        return String.join(language == Language.ZH ? "" : " ", sentences);
    }

    private static String how(Words words, CrisisLine line) {
        if (!line.call().isEmpty() && line.call().equals(line.text()) && line.keyword().isEmpty()) {
            return words.callOrText().formatted(line.call());
        }
        List<String> ways = new ArrayList<>(2);
        if (!line.call().isEmpty()) {
            ways.add(words.call().formatted(line.call()));
        }
        if (!line.text().isEmpty()) {
            ways.add(line.keyword().isEmpty() ? words.text().formatted(line.text())
                    : words.textKeyword().formatted(line.text(), line.keyword()));
        }
        return String.join(words.or(), ways);
    }
}
