package ai.heyseven.core.guardrails;

import ai.heyseven.ports.casino.CrisisLine;
import ai.heyseven.ports.concierge.GuardrailLayer;
import java.util.List;

/**
 * What a guest is told when a layer refuses, in the guest's language. The AML reply says no more
 * than that the host cannot help, so a guest is never tipped off; the crisis and responsible-gaming
 * replies are warm, give the property's crisis lines or helpline, and offer a person.
 */
public final class GuardrailReplies {
    private GuardrailReplies() {
    }

    /**
     * The responsible-gaming reply: support and the helpline, then either that a host was asked to
     * reach out ({@code hostAsked}: only once the request is recorded) or where to find one.
     */
    public static String responsibleGaming(Language language, String helpline, boolean hostAsked) {
        String support = switch (language) {
            case EN -> "I'm really sorry you're going through this, and I'm glad you told me. You don't have to handle it alone: "
                    + "you can call " + helpline + " any time, free and confidential.";
            case ES -> "Siento mucho que estés pasando por esto y me alegra que me lo cuentes. No tienes que enfrentarlo solo: "
                    + "puedes llamar al " + helpline + " a cualquier hora, gratis y de forma confidencial.";
            case PT -> "Sinto muito que você esteja passando por isso, e fico feliz que tenha me contado. Você não precisa "
                    + "enfrentar isso sozinho: ligue para " + helpline + " a qualquer hora, de graça e com sigilo.";
            case ZH -> "很抱歉你正在经历这些，也谢谢你愿意告诉我。你不必独自面对：可以随时拨打 " + helpline + "，免费且保密。";
        };
        return withHost(language, support, hostAsked);
    }

    /**
     * The crisis reply: warmth, the property's crisis lines said in the guest's language, the number
     * for immediate danger, then either that a host was asked to reach out ({@code hostAsked}: only
     * once the request is recorded) or where to find one.
     */
    public static String crisis(Language language, List<CrisisLine> lines, boolean hostAsked) {
        return withHost(language, CrisisReply.of(language, lines), hostAsked);
    }

    private static String withHost(Language language, String support, boolean hostAsked) {
        String host = hostAsked ? switch (language) {
            case EN -> "I've also asked one of our hosts to reach out to you personally — would that be all right?";
            case ES -> "También le pedí a uno de nuestros anfitriones que se comunique contigo personalmente, ¿te parece bien?";
            case PT -> "Também pedi a um dos nossos anfitriões que fale com você pessoalmente. Tudo bem?";
            case ZH -> "我也已请一位接待人员亲自联系你，可以吗？";
        } : switch (language) {
            case EN -> "If you'd like to talk to someone here in person, the front desk can bring one of our hosts to you.";
            case ES -> "Si quieres hablar en persona con alguien de aquí, la recepción puede llamar a uno de nuestros anfitriones.";
            case PT -> "Se quiser falar pessoalmente com alguém daqui, a recepção pode chamar um dos nossos anfitriões.";
            case ZH -> "如果你想当面和这里的工作人员谈谈，前台可以为你请一位接待人员。";
        };
        return support + (language == Language.ZH ? "" : " ") + host;
    }

    /**
     * The reply of {@code layer}. The crisis reply names the default (US) lines here: the property's
     * own are put in where the property is known, when the guest is handed to a host.
     */
    public static String reply(GuardrailLayer layer, Language language, String helpline) {
        return switch (layer) {
            case CRISIS -> crisis(language, CrisisLine.US, true);
            case RESPONSIBLE_GAMING -> responsibleGaming(language, helpline, true);
            case INJECTION -> switch (language) {
                case EN -> "I can't help with that request, but I'm glad to help with dining, shows, your stay, gaming or rewards.";
                case ES -> "No puedo ayudar con esa solicitud, pero con gusto te ayudo con restaurantes, espectáculos, tu estancia o recompensas.";
                case PT -> "Não posso ajudar com esse pedido, mas fico feliz em ajudar com restaurantes, shows, sua estadia ou recompensas.";
                case ZH -> "这个请求我无法帮忙，但我很乐意为你介绍餐饮、演出、住宿或会员礼遇。";
            };
            case AML -> switch (language) {
                case EN -> "I'm not able to help with that here. Our cage team can answer questions about cash and chip transactions.";
                case ES -> "No puedo ayudarte con eso aquí. El equipo de la caja puede responder preguntas sobre efectivo y fichas.";
                case PT -> "Não consigo ajudar com isso aqui. A equipe do caixa pode responder dúvidas sobre dinheiro e fichas.";
                case ZH -> "这个我在这里无法协助。兑换处的工作人员可以解答现金和筹码方面的问题。";
            };
            case AGE -> switch (language) {
                case EN -> "Thanks for letting me know. Gaming and alcohol are for guests 21 and over, so I can't help with those — "
                        + "but I'd be happy to suggest dining, shows or the pool.";
                case ES -> "Gracias por decírmelo. El juego y el alcohol son solo para mayores de 21 años, así que no puedo ayudar "
                        + "con eso, pero con gusto te recomiendo restaurantes, espectáculos o la piscina.";
                case PT -> "Obrigado por avisar. Jogos e bebidas alcoólicas são só para maiores de 21 anos, então não posso ajudar "
                        + "com isso — mas posso sugerir restaurantes, shows ou a piscina.";
                case ZH -> "谢谢告知。博彩和酒精饮品仅限21岁及以上的客人，这方面我无法协助，不过很乐意为你推荐餐厅、演出或泳池。";
            };
            case PRIVACY -> switch (language) {
                case EN -> "To protect every guest's privacy, I can't share whether someone is here, where they're staying or how "
                        + "they play. If you're trying to reach someone, the front desk can pass on a message.";
                case ES -> "Para proteger la privacidad de todos los huéspedes, no puedo decir si alguien está aquí, dónde se hospeda "
                        + "ni cómo juega. Si quieres contactar a alguien, la recepción puede dejarle un mensaje.";
                case PT -> "Para proteger a privacidade de todos os hóspedes, não posso dizer se alguém está aqui, onde está "
                        + "hospedado ou como joga. Se quiser falar com alguém, a recepção pode deixar um recado.";
                case ZH -> "为保护每位客人的隐私，我无法透露某人是否在这里、住在哪里或其游戏情况。如需联系对方，前台可以帮你转达留言。";
            };
        };
    }
}
