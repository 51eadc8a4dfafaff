package ai.heyseven.core.concierge;

import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.concierge.GuestLanguage;
import ai.heyseven.ports.guest.ProfileField;
import java.util.Map;

/** The words that say the guest talks with an AI assistant, and that greet a returning guest, in each language. */
final class Disclosures {
    private Disclosures() {
    }

    /** The casino's own wording, or "I'm Seven, the AI assistant of Aurora Palms" (its persona's name). */
    static String persona(CasinoConfig casino, GuestLanguage language) {
        String name = casino.hosting().persona().name();
        String property = casino.displayName();
        return casino.hosting().disclosure(language.code()).orElseGet(() -> switch (language) {
            case EN -> "I'm " + name + ", an AI assistant for " + property + ".";
            case ES -> "Soy " + name + ", un asistente de IA de " + property + ".";
            case PT -> "Sou " + name + ", um assistente de IA de " + property + ".";
            case ZH -> "我是" + name + "，" + property + "的AI助手。";
        });
    }

    /** The disclosure a guardrail or crisis reply carries: no name, no persona. */
    static String plain(GuestLanguage language) {
        return switch (language) {
            case EN -> "You are chatting with an automated AI assistant.";
            case ES -> "Está conversando con un asistente automatizado de IA.";
            case PT -> "Você está conversando com um assistente automatizado de IA.";
            case ZH -> "您正在与自动AI助手对话。";
        };
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
