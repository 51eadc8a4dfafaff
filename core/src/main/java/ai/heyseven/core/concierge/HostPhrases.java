package ai.heyseven.core.concierge;

import ai.heyseven.ports.concierge.GuestLanguage;
import ai.heyseven.ports.guest.ProfileField;

/** The host's own sentences, in each of the guest's languages: an incentive, a question, a suggestion. */
final class HostPhrases {
    private HostPhrases() {
    }

    /** "To celebrate your anniversary, we'd love to offer you a complimentary glass of champagne for two with dinner." */
    static String incentive(String occasion, String offer, GuestLanguage language) {
        return switch (language) {
            case EN -> "To celebrate " + occasion + ", we'd love to offer you " + offer + ". Just let me know!";
            case ES -> "Para celebrar " + occasion + ", nos encantaría ofrecerle " + offer + ". ¡Solo dígamelo!";
            case PT -> "Para comemorar " + occasion + ", adoraríamos oferecer " + offer + ". É só me avisar!";
            case ZH -> "为庆祝" + occasion + "，我们很乐意为您提供" + offer + "。告诉我即可！";
        };
    }

    static String question(ProfileField field, GuestLanguage language) {
        return switch (field) {
            case PARTY_SIZE -> pick(language, "How many will be in your party?", "¿Cuántas personas serán?",
                    "Quantas pessoas serão?", "请问一共几位？");
            case OCCASION -> pick(language, "Are you celebrating anything special on this visit?",
                    "¿Celebra algo especial en esta visita?", "Está comemorando algo especial nesta visita?", "这次来有什么特别的庆祝吗？");
            case DINING_PREFERENCES -> pick(language, "What kind of food do you enjoy most?", "¿Qué tipo de comida prefiere?",
                    "Que tipo de comida você prefere?", "您最喜欢哪类美食？");
            case ENTERTAINMENT_PREFERENCES -> pick(language, "Are you more into comedy, live music or a big show?",
                    "¿Prefiere comedia, música en vivo o un gran espectáculo?", "Você prefere comédia, música ao vivo ou um grande show?",
                    "您更喜欢喜剧、现场音乐还是大型演出？");
            default -> pick(language, "What brings you to us this time?", "¿Qué le trae por aquí esta vez?",
                    "O que traz você aqui desta vez?", "这次是什么让您来到这里？");
        };
    }

    static String returnVisit(String event, GuestLanguage language) {
        return pick(language, "Before you go: next time you're with us, " + event + " is one I think you'd enjoy.",
                "Antes de irse: la próxima vez que nos visite, creo que le encantará " + event + ".",
                "Antes de ir: da próxima vez que vier, acho que você vai gostar de " + event + ".",
                "临走前提一句：下次光临时，我想您会喜欢" + event + "。");
    }

    private static String pick(GuestLanguage language, String en, String es, String pt, String zh) {
        return switch (language) {
            case EN -> en;
            case ES -> es;
            case PT -> pt;
            case ZH -> zh;
        };
    }
}
