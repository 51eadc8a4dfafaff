package ai.heyseven.core.concierge;

import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.concierge.GuestLanguage;
import ai.heyseven.ports.concierge.Tone;

/**
 * The words a reply opens with when the guest is not neutral, in each of the guest's languages, and
 * what an upset guest is told once a host was asked to follow up. They acknowledge; they never sell.
 */
final class ToneReplies {
    private ToneReplies() {
    }

    /** What the reply opens with; empty for a neutral guest. */
    static String acknowledgement(Tone tone, GuestLanguage language) {
        return switch (tone) {
            case NEUTRAL -> "";
            case GRIEVING -> switch (language) {
                case EN -> "I'm so sorry for your loss.";
                case ES -> "Lamento mucho su pérdida.";
                case PT -> "Sinto muito pela sua perda.";
                case ZH -> "请节哀，我们深表同情。";
            };
            case FRUSTRATED, ANGRY, SARCASTIC -> switch (language) {
                case EN -> "I'm sorry this has been frustrating.";
                case ES -> "Lamento que esto haya sido frustrante.";
                case PT -> "Sinto muito que isso tenha sido frustrante.";
                case ZH -> "很抱歉给您带来了不愉快。";
            };
        };
    }

    /** Said once a {@code frustrated} case was written: a host follows up. */
    static String hostFollowsUp(CasinoConfig casino, GuestLanguage language) {
        String name = casino.displayName();
        return switch (language) {
            case EN -> "I'm sorry this has been frustrating. I've asked a host at " + name
                    + " to follow up with you personally, and I'm here in the meantime.";
            case ES -> "Lamento que esto haya sido frustrante. He pedido a un anfitrión de " + name
                    + " que le dé seguimiento personalmente; mientras tanto, aquí estoy.";
            case PT -> "Sinto muito que isso tenha sido frustrante. Pedi a um anfitrião de " + name
                    + " que acompanhe o seu caso pessoalmente; enquanto isso, estou aqui.";
            case ZH -> "很抱歉给您带来了不愉快。我已请" + name + "的接待专员亲自跟进，在此期间我随时为您服务。";
        };
    }

    /** Said when the case could not be written: no promise, but where to find a person. */
    static String noHostAsked(CasinoConfig casino, GuestLanguage language) {
        return acknowledgement(Tone.FRUSTRATED, language) + " " + Replies.noHostAsked(casino, language);
    }
}
