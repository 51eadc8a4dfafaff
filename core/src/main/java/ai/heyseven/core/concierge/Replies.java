package ai.heyseven.core.concierge;

import ai.heyseven.core.graph.Update;
import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.concierge.GuestLanguage;
import ai.heyseven.ports.conversation.ChatMessage;
import java.util.List;

/** The fixed replies of the graph in each of the guest's languages, and the update that records any reply. */
final class Replies {
    private Replies() {
    }

    /** The persona's greeting: its name, and one emoji where the casino's persona uses them. */
    static String greeting(CasinoConfig casino, GuestLanguage language) {
        String name = casino.displayName();
        String seven = casino.hosting().persona().name();
        String emoji = casino.hosting().persona().emoji() ? " \uD83C\uDFB0" : "";
        return switch (language) {
            case EN -> "Welcome to " + name + "!" + emoji + " I'm " + seven + ", your host. I can help with dining, shows, "
                    + "your room, gaming and rewards. What can I do for you?";
            case ES -> "¡Bienvenido a " + name + "!" + emoji + " Soy " + seven + ", su anfitrión. Puedo ayudarle con restaurantes, espectáculos, "
                    + "su habitación, el juego y las recompensas. ¿En qué puedo ayudarle?";
            case PT -> "Boas-vindas!" + emoji + " Sou " + seven + ", seu anfitrião em " + name + ". Posso ajudar com restaurantes, shows, "
                    + "seu quarto, jogos e recompensas. Como posso ajudar?";
            case ZH -> "欢迎来到" + name + "！" + emoji + "我是您的专属接待 " + seven + "，可以为您介绍餐饮、演出、客房、娱乐场和会员奖励。"
                    + "请问有什么可以帮您？";
        };
    }

    /** Thanks at the end of a conversation. */
    static String farewell(CasinoConfig casino, GuestLanguage language) {
        String name = casino.displayName();
        return switch (language) {
            case EN -> "It was a pleasure helping you. Enjoy your time at " + name + "!";
            case ES -> "Ha sido un placer ayudarle. ¡Disfrute de su estancia en " + name + "!";
            case PT -> "Foi um prazer ajudar. Aproveite seu tempo em " + name + "!";
            case ZH -> "很高兴为您服务。祝您在" + name + "玩得开心！";
        };
    }

    static String offTopic(CasinoConfig casino, GuestLanguage language) {
        String name = casino.displayName();
        return switch (language) {
            case EN -> "I'm the host at " + name + ", so I can only help with things here: dining, shows, "
                    + "your stay, amenities, gaming, promotions and rewards. What would you like to know?";
            case ES -> "Soy el anfitrión de " + name + ", así que solo puedo ayudarle con lo que hay aquí: restaurantes, "
                    + "espectáculos, su estancia, servicios, juego, promociones y recompensas. ¿Qué le gustaría saber?";
            case PT -> "Sou o anfitrião de " + name + ", então só posso ajudar com o que temos aqui: restaurantes, shows, "
                    + "sua estadia, comodidades, jogos, promoções e recompensas. O que você gostaria de saber?";
            case ZH -> "我是" + name + "的接待，只能为您解答这里的事情：餐饮、演出、住宿、设施、娱乐场、优惠活动和会员奖励。"
                    + "您想了解什么？";
        };
    }

    static String fallback(CasinoConfig casino, GuestLanguage language) {
        String name = casino.displayName();
        return switch (language) {
            case EN -> "I'm sorry, I can't give you a reliable answer to that right now. The front desk at "
                    + name + " will be glad to help, or you can ask me again in a moment.";
            case ES -> "Lo siento, ahora mismo no puedo darle una respuesta fiable. La recepción de " + name
                    + " le ayudará con gusto, o puede volver a preguntarme en un momento.";
            case PT -> "Desculpe, não consigo dar uma resposta confiável agora. A recepção de " + name
                    + " terá prazer em ajudar, ou você pode me perguntar de novo daqui a pouco.";
            case ZH -> "抱歉，我现在无法给您可靠的答复。" + name + "的前台很乐意为您服务，您也可以稍后再问我。";
        };
    }

    static String escalation(CasinoConfig casino, GuestLanguage language) {
        String name = casino.displayName();
        return switch (language) {
            case EN -> "Of course. I've asked a host at " + name + " to reach out to you personally. "
                    + "In the meantime, I'm here if you need anything.";
            case ES -> "Por supuesto. He pedido a un anfitrión de " + name + " que se ponga en contacto con usted personalmente. "
                    + "Mientras tanto, aquí estoy para lo que necesite.";
            case PT -> "Claro. Pedi a um anfitrião de " + name + " que entre em contato com você pessoalmente. "
                    + "Enquanto isso, estou aqui para o que precisar.";
            case ZH -> "好的。我已请" + name + "的一位接待专员亲自与您联系。在此期间，如有任何需要，我随时为您服务。";
        };
    }

    /** Said when a request for a person could not be recorded: no promise, but where to find one. */
    static String noHostAsked(CasinoConfig casino, GuestLanguage language) {
        String name = casino.displayName();
        return switch (language) {
            case EN -> "I'm sorry, I couldn't reach a host just now. The front desk at " + name
                    + " can put you in touch with one right away, and I'm here if you need anything else.";
            case ES -> "Lo siento, no he podido contactar a un anfitrión en este momento. La recepción de " + name
                    + " puede ponerle en contacto con uno de inmediato, y aquí estoy si necesita algo más.";
            case PT -> "Desculpe, não consegui falar com um anfitrião agora. A recepção de " + name
                    + " pode colocar você em contato com um imediatamente, e estou aqui se precisar de mais alguma coisa.";
            case ZH -> "抱歉，我暂时联系不上接待专员。" + name + "的前台可以马上为您安排，如有其他需要，我随时为您服务。";
        };
    }

    static String closed(CasinoConfig casino, GuestLanguage language) {
        String name = casino.displayName();
        return switch (language) {
            case EN -> "We've covered a lot in this conversation, so let's start a fresh one to keep things quick. "
                    + "Just open a new chat and I'll be right there. Thank you for choosing " + name + "!";
            case ES -> "Hemos hablado de muchas cosas en esta conversación, así que empecemos una nueva para ir más rápido. "
                    + "Abra un chat nuevo y allí estaré. ¡Gracias por elegir " + name + "!";
            case PT -> "Já conversamos bastante nesta conversa, então vamos começar uma nova para agilizar. "
                    + "É só abrir um novo chat que estarei lá. Obrigado por escolher " + name + "!";
            case ZH -> "这次对话内容已经很多了，我们开始一段新的对话吧，这样会更快捷。请打开新的聊天窗口，我马上就到。"
                    + "感谢您选择" + name + "！";
        };
    }

    /** The update that adds the agent's reply to the conversation. */
    static Update record(String reply) {
        return Update.of(ConciergeState.MESSAGES, said(reply));
    }

    /** The agent's reply as the messages to append. */
    static List<ChatMessage> said(String reply) {
        return List.of(ChatMessage.agent(reply));
    }
}
