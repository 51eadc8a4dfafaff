package ai.heyseven.core.concierge;

import ai.heyseven.core.concierge.CompDecision.Comp;
import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.comps.CompKind;
import ai.heyseven.ports.comps.Occasion;
import ai.heyseven.ports.concierge.GuestLanguage;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the agent says about comps, in each guest language: exactly what the policy allowed, what a
 * host must approve, and — to a guest it offers nothing — how comps work and where a host is. Never a
 * promise: an amount is "up to" what the policy allows, and a host "will confirm".
 */
final class CompPhrases {
    private static final Map<GuestLanguage, Map<CompKind, String>> KINDS = Map.of(
            GuestLanguage.EN, Map.of(CompKind.ROOM_NIGHT, "a room credit", CompKind.DINING_CREDIT, "a dining credit",
                    CompKind.SHOW_TICKETS, "show tickets", CompKind.FREE_PLAY, "free play"),
            GuestLanguage.ES, Map.of(CompKind.ROOM_NIGHT, "un crédito de habitación", CompKind.DINING_CREDIT, "un crédito para restaurantes",
                    CompKind.SHOW_TICKETS, "entradas para espectáculos", CompKind.FREE_PLAY, "juego gratis (free play)"),
            GuestLanguage.PT, Map.of(CompKind.ROOM_NIGHT, "um crédito de hospedagem", CompKind.DINING_CREDIT, "um crédito para restaurantes",
                    CompKind.SHOW_TICKETS, "ingressos para shows", CompKind.FREE_PLAY, "free play"),
            GuestLanguage.ZH, Map.of(CompKind.ROOM_NIGHT, "房费抵扣", CompKind.DINING_CREDIT, "餐饮抵扣",
                    CompKind.SHOW_TICKETS, "演出门票", CompKind.FREE_PLAY, "免费游戏额度"));
    private static final Map<GuestLanguage, Map<Occasion, String>> OCCASIONS = Map.of(
            GuestLanguage.EN, Map.of(Occasion.BIRTHDAY, "your birthday", Occasion.ANNIVERSARY, "your anniversary"),
            GuestLanguage.ES, Map.of(Occasion.BIRTHDAY, "su cumpleaños", Occasion.ANNIVERSARY, "su aniversario"),
            GuestLanguage.PT, Map.of(Occasion.BIRTHDAY, "seu aniversário", Occasion.ANNIVERSARY, "seu aniversário de casamento"),
            GuestLanguage.ZH, Map.of(Occasion.BIRTHDAY, "您的生日", Occasion.ANNIVERSARY, "您的纪念日"));

    private CompPhrases() {
    }

    /** The offer of {@code decision}: what the policy allows now, and what a host must approve. */
    static String offer(CompDecision decision, GuestLanguage language, boolean hostAsked, CasinoConfig casino) {
        StringBuilder reply = new StringBuilder();
        String occasion = decision.occasion().map(known -> OCCASIONS.get(language).get(known)).orElse("");
        if (!decision.offered().isEmpty()) {
            String list = list(decision.offered(), decision, language);
            reply.append(switch (language) {
                case EN -> "As a " + decision.tier() + " member" + (occasion.isEmpty() ? "" : ", for " + occasion + ",")
                        + " your comp policy lets me offer you " + list + ". Your host or the front desk applies it when you use it.";
                case ES -> "Como miembro " + decision.tier() + (occasion.isEmpty() ? "" : ", por " + occasion + ",")
                        + " su política de cortesías me permite ofrecerle " + list + ". Su anfitrión o la recepción lo aplican cuando lo use.";
                case PT -> "Como membro " + decision.tier() + (occasion.isEmpty() ? "" : ", pelo " + occasion + ",")
                        + " sua política de cortesias me permite oferecer " + list + ". Seu anfitrião ou a recepção aplica quando você usar.";
                case ZH -> "作为" + decision.tier() + "会员" + (occasion.isEmpty() ? "" : "，为庆祝" + occasion)
                        + "，按照礼遇政策我可以为您提供：" + list + "。使用时由您的接待专员或前台为您办理。";
            });
        }
        if (decision.needsHost()) {
            String limit = money(decision.policy().approvalAbove(), decision);
            String approval = decision.needsApproval().isEmpty() ? "" : list(decision.needsApproval(), decision, language);
            appendSentence(reply, switch (language) {
                case EN -> "Anything above " + limit + (approval.isEmpty() ? "" : ", such as " + approval + ",") + " needs a host's approval"
                        + (hostAsked ? ": I've asked a host, who will confirm with you." : ".");
                case ES -> "Todo lo que supere " + limit + (approval.isEmpty() ? "" : ", como " + approval + ",")
                        + " necesita la aprobación de un anfitrión" + (hostAsked ? ": ya se lo he pedido a uno, que se lo confirmará." : ".");
                case PT -> "Qualquer valor acima de " + limit + (approval.isEmpty() ? "" : ", como " + approval + ",")
                        + " precisa da aprovação de um anfitrião" + (hostAsked ? ": já pedi a um, que vai confirmar com você." : ".");
                case ZH -> "超过" + limit + "的礼遇" + (approval.isEmpty() ? "" : "（如" + approval + "）") + "需要接待专员批准"
                        + (hostAsked ? "：我已请一位接待专员，他会与您确认。" : "。");
            });
            if (!hostAsked) {
                appendSentence(reply, Replies.noHostAsked(casino, language));
            }
        }
        if (decision.offered().isEmpty() && !decision.needsHost()) {
            appendSentence(reply, nothingForTier(decision.tier(), language));
        }
        return reply.toString();
    }

    /** To a guest the agent must not market to (responsible gaming, distress, a minor, an exclusion): no offer, a helpline. */
    static String withheld(CasinoConfig casino, GuestLanguage language) {
        String helpline = casino.helpline();
        return switch (language) {
            case EN -> "I'm not able to arrange comps or offers in this conversation. If you'd like to talk to someone, "
                    + "the helpline " + helpline + " is free and confidential, any time, and I'm here for anything else you need.";
            case ES -> "No puedo gestionar cortesías ni ofertas en esta conversación. Si quiere hablar con alguien, "
                    + "la línea de ayuda " + helpline + " es gratuita y confidencial, a cualquier hora, y aquí estoy para lo que necesite.";
            case PT -> "Não posso oferecer cortesias nem ofertas nesta conversa. Se quiser conversar com alguém, "
                    + "a linha de ajuda " + helpline + " é gratuita e confidencial, a qualquer hora, e estou aqui para o que precisar.";
            case ZH -> "在本次对话中我无法为您安排礼遇或优惠。如果您想找人聊聊，求助热线" + helpline + "全天免费且保密；如有其他需要，我随时为您服务。";
        };
    }

    /** To a guest the agent cannot look up (anonymous, not in the player system, no policy): how comps work, and a host. */
    static String howCompsWork(CasinoConfig casino, GuestLanguage language, boolean known) {
        String name = casino.displayName();
        return switch (language) {
            case EN -> (known ? "I couldn't find a player's club account for you, so I can't offer a comp myself. " : "")
                    + "Comps at " + name + " are earned from rated play: your tier and your play decide what can be offered. "
                    + "A host can look at your account with you — just ask me to connect you with one.";
            case ES -> (known ? "No encontré una cuenta del club de jugadores a su nombre, así que no puedo ofrecerle una cortesía. " : "")
                    + "Las cortesías de " + name + " se ganan con el juego registrado: su nivel y su juego deciden qué se puede ofrecer. "
                    + "Un anfitrión puede revisar su cuenta con usted: solo pídame que le comunique con uno.";
            case PT -> (known ? "Não encontrei uma conta do clube de jogadores para você, então não posso oferecer uma cortesia. " : "")
                    + "As cortesias do " + name + " são conquistadas com o jogo registrado: seu nível e seu jogo decidem o que pode ser oferecido. "
                    + "Um anfitrião pode ver sua conta com você: é só me pedir para falar com um.";
            case ZH -> (known ? "我没有找到您的会员账户，所以无法直接为您提供礼遇。" : "")
                    + name + "的礼遇根据记录的游戏积累：您的会员等级和游戏情况决定可提供的礼遇。接待专员可以和您一起查看账户，只需让我为您联系一位。";
        };
    }

    private static String nothingForTier(String tier, GuestLanguage language) {
        return switch (language) {
            case EN -> "Your " + tier + " tier doesn't include that comp right now, so I can't offer it. "
                    + "A host can look at your play with you — just ask me to connect you with one.";
            case ES -> "Su nivel " + tier + " no incluye esa cortesía por ahora, así que no puedo ofrecerla. "
                    + "Un anfitrión puede revisar su juego con usted: solo pídame que le comunique con uno.";
            case PT -> "Seu nível " + tier + " não inclui essa cortesia no momento, então não posso oferecê-la. "
                    + "Um anfitrião pode ver seu jogo com você: é só me pedir para falar com um.";
            case ZH -> "您的" + tier + "等级目前不包含这项礼遇，所以我无法提供。接待专员可以和您一起查看，只需让我为您联系一位。";
        };
    }

    private static String list(List<Comp> comps, CompDecision decision, GuestLanguage language) {
        String upTo = switch (language) {
            case EN -> " of up to ";
            case ES -> " de hasta ";
            case PT -> " de até ";
            case ZH -> "，最高";
        };
        String and = switch (language) {
            case EN -> ", ";
            case ES, PT -> ", ";
            case ZH -> "；";
        };
        return comps.stream().map(comp -> KINDS.get(language).get(comp.kind()) + upTo + money(comp.amount(), decision))
                .collect(Collectors.joining(and));
    }

    /** {@code $250} for a policy in US dollars; {@code 250 EUR} otherwise. */
    static String money(long amount, CompDecision decision) {
        String currency = decision.policy().currency();
        String symbol = Currency.getInstance(currency).getSymbol(Locale.US);
        return symbol.length() == 1 ? symbol + amount : amount + " " + currency;
    }

    private static void appendSentence(StringBuilder reply, String sentence) {
        if (!reply.isEmpty()) {
            reply.append(' ');
        }
        reply.append(sentence);
    }
}
