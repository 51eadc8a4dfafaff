package ai.heyseven.core.concierge;

import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.concierge.GuestLanguage;
import ai.heyseven.ports.guest.ProfileField;
import java.util.Map;

/** The words that say the guest talks with an AI assistant, and that greet a returning guest, in each language. */
final class Disclosures {
    private Disclosures() {
    }

    /**
     * The casino's own wording, or "You're chatting with the AI assistant of Aurora Palms." — the same on
     * every first reply, a crisis reply too: it names no persona.
     */
    static String disclosure(CasinoConfig casino, GuestLanguage language) {
        String property = casino.displayName();
        return casino.hosting().disclosure(language.code()).orElseGet(() -> switch (language) {
            case EN -> "You're chatting with the AI assistant of " + property + ".";
            case ES -> "Está conversando con el asistente de IA de " + property + ".";
            case PT -> "Você está conversando com o assistente de IA de " + property + ".";
            case ZH -> "您正在与" + property + "的AI助手对话。";
        });
    }

    /** "Welcome back! Still celebrating your wife's 40th birthday?" — empty when nothing worth greeting with is remembered. */
    static String welcomeBack(Map<String, String> remembered, GuestLanguage language) {
        String name = remembered.getOrDefault(ProfileField.NAME.wireName(), "");
        String occasion = java.util.Optional.ofNullable(remembered.get(ProfileField.OCCASION.wireName()))
                .flatMap(Occasion::stored).map(known -> known.said(language)).orElse("");
        if (name.isEmpty() && occasion.isEmpty()) {
            return "";
        }
        String hello = switch (language) {
            case EN -> "Welcome back" + (name.isEmpty() ? "" : ", " + name) + "!";
            case ES -> "¡Bienvenido de nuevo" + (name.isEmpty() ? "" : ", " + name) + "!";
            case PT -> "Que bom ter você de volta" + (name.isEmpty() ? "" : ", " + name) + "!";
            case ZH -> "欢迎回来" + (name.isEmpty() ? "" : "，" + name) + "！";
        };
        if (occasion.isEmpty()) {
            return hello;
        }
        return hello + " " + switch (language) {
            case EN -> "I remember you're here for " + occasion + ".";
            case ES -> "Recuerdo que viene por " + occasion + ".";
            case PT -> "Lembro que você vem para " + occasion + ".";
            case ZH -> "我记得您这次是为了" + occasion + "而来。";
        };
    }
}
