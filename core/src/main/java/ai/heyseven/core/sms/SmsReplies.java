package ai.heyseven.core.sms;

import ai.heyseven.core.guardrails.Language;
import ai.heyseven.ports.casino.CasinoConfig;

/**
 * The fixed answers to the CTIA keywords, in the guest's language: each names the casino and
 * says how to opt out or back in (CTIA Messaging Principles and Best Practices, 2023, §5; the
 * STOP confirmation is the one message allowed after an opt-out, 47 CFR § 64.1200(a)(12)).
 */
final class SmsReplies {
    private SmsReplies() {
    }

    static String optedOut(CasinoConfig casino, Language language) {
        String name = casino.displayName();
        return switch (language) {
            case EN -> name + ": you're unsubscribed and will get no more texts from us. Reply START to resubscribe.";
            case ES -> name + ": cancelaste la suscripción y no recibirás más mensajes nuestros. Responde START para volver.";
            case PT -> name + ": sua inscrição foi cancelada e você não receberá mais mensagens nossas. Responda START para voltar.";
            case ZH -> name + "：你已退订，将不会再收到我们的短信。回复 START 可重新订阅。";
        };
    }

    static String optedIn(CasinoConfig casino, Language language) {
        String name = casino.displayName();
        return switch (language) {
            case EN -> name + ": you're subscribed again. Reply HELP for help, STOP to opt out.";
            case ES -> name + ": tu suscripción está activa de nuevo. Responde AYUDA para ayuda, BAJA para cancelar.";
            case PT -> name + ": sua inscrição foi reativada. Responda AJUDA para ajuda, PARE para cancelar.";
            case ZH -> name + "：你已重新订阅。回复 帮助 获取帮助，回复 退订 取消。";
        };
    }

    static String help(CasinoConfig casino, Language language) {
        String name = casino.displayName();
        String helpline = casino.helpline();
        return switch (language) {
            case EN -> name + " host by text. Ask for a host to reach a person. Gambling problem? Call " + helpline
                    + ". Reply STOP to opt out. Msg & data rates may apply.";
            case ES -> name + ", tu anfitrión por mensaje. Pide un anfitrión para hablar con una persona. ¿Problemas con el juego? Llama al "
                    + helpline + ". Responde BAJA para cancelar. Pueden aplicar tarifas.";
            case PT -> name + ", seu anfitrião por mensagem. Peça um anfitrião para falar com uma pessoa. Problemas com jogo? Ligue "
                    + helpline + ". Responda PARE para cancelar. Podem ser cobradas tarifas.";
            case ZH -> name + " 短信接待。需要真人服务请说明找接待人员。赌博问题求助请拨打 " + helpline + "。回复 退订 取消订阅。可能产生短信费用。";
        };
    }
}
