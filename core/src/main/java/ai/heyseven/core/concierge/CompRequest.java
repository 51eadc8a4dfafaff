package ai.heyseven.core.concierge;

import ai.heyseven.ports.comps.CompKind;
import ai.heyseven.ports.comps.Occasion;
import ai.heyseven.ports.conversation.ChatMessage;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A guest asking for a comp ("any chance of a comp on my room? it's our anniversary", "¿me pueden dar
 * una cortesía en la cena?", "能不能送我们一晚房间？"), read in four languages: which kinds (none named:
 * whatever the guest's tier allows), an amount if the guest named one, and an occasion if the message
 * names one. A question about how comps work is not a request: the knowledge answers it.
 *
 * @param kinds the kinds asked for; empty when the guest named none
 * @param amount the amount the guest asked for, in whole currency units
 * @param occasion the occasion this message names
 */
record CompRequest(Set<CompKind> kinds, OptionalLong amount, Optional<Occasion> occasion) {
    /** Words that ask for a comp by themselves. */
    private static final Pattern COMP = Pattern.compile(
            "\\b(comp|comps|comped|comp'd|complimentary|freebie|freebies)\\b"
                    + "|\\bfree (room|night|stay|upgrade|dinner|meal|buffet|show|tickets?)\\b"
                    + "|\\b(get|give me|give us|some|any|more) free ?play\\b"
                    + "|cortes[ií]as?|\\binvitad[oa]s? por la casa|\\bcortesia\\b|招待|赠送|免单");
    /** Words that ask for a comp only beside a kind: "free wifi?" and "¿es gratis el spa?" are not requests. */
    private static final Pattern FREE = Pattern.compile(
            "\\bon the house\\b|\\bgratis\\b|\\bgr[aá]tis\\b|\\bde gra[cç]a\\b|免费|送我|送我们");
    /** What the two patterns above cannot match without: a message with none of these asks for no comp. */
    private static final List<String> COMP_OR_FREE_WORDS = List.of("comp", "free", "cortes", "invitad", "招待", "赠送", "免单",
            "on the house", "gratis", "grátis", "de gra", "免费", "送我");
    private static final Pattern ASKS = Pattern.compile(
            "\\b(can|could|would|will|may|any chance|is there|are there|do i get|do we get|get me|get us|give me|give us"
                    + "|i'd like|we'd like|i would like|i want|we want|hook (me|us) up|throw in|how about|what about|any)\\b"
                    + "|\\b(pueden|puede|podr[ií]an|podr[ií]a|me dan|nos dan|me dar[ií]an|hay alguna|alguna posibilidad|quisiera"
                    + "|quisi[eé]ramos|quiero|queremos|me regalan|nos regalan)\\b"
                    + "|\\b(pode|podem|poderia|poderiam|tem como|tem alguma|alguma chance|gostaria|gostar[ií]amos|quero|queremos"
                    + "|consigo|conseguimos|me d[aá]|nos d[aá])\\b"
                    + "|能不能|可以|能否|有没有|能给|给我|给我们|想要|可不可以|能送");
    /** "How do comps work?", "what are comps?": the knowledge explains; nothing is asked for. */
    private static final Pattern EXPLAINS = Pattern.compile(
            "\\bhow (do|does|can|to) (i |we |you )?(comps?|earn|get comps)\\b.{0,20}\\b(work|earn|earned)?|\\bhow (do|does) comps\\b"
                    + "|\\bhow comps work\\b|\\bexplain\\b|\\bwhat (are|is) (a )?comps?\\b"
                    + "|c[oó]mo funciona|c[oó]mo se (ganan|obtienen)|qu[eé] son (las )?cortes[ií]as|como funciona|como (se )?ganh"
                    + "|o que (é|s[aã]o)|怎么|如何|什么是");
    private static final Map<CompKind, Pattern> KINDS = Map.of(
            CompKind.ROOM_NIGHT, Pattern.compile("\\b(room|rooms|suite|suites|night|nights|stay|hotel)\\b"
                    + "|habitaci[oó]n|cuarto|noche|estad[ií]a|quarto|noite|hospedagem|di[aá]ria|房|住宿|酒店"),
            CompKind.DINING_CREDIT, Pattern.compile("\\b(dinner|dining|meal|meals|food|restaurant|buffet|lunch|breakfast|steakhouse)\\b"
                    + "|cena|comida|restaurante|almuerzo|desayuno|jantar|refei[cç][aã]o|almo[cç]o|餐|饭|自助"),
            CompKind.SHOW_TICKETS, Pattern.compile("\\b(show|shows|tickets?|concert|performance)\\b"
                    + "|espect[aá]culo|entradas|boletos|concierto|ingressos?|演出|门票|表演"),
            CompKind.FREE_PLAY, Pattern.compile("\\bfree ?play\\b|\\bslot play\\b|juego gratis|cr[eé]ditos? de juego|jogo gr[aá]tis"
                    + "|cr[eé]ditos? para jogar|免费游戏|免费筹码|游戏额度"));
    private static final Pattern AMOUNT = Pattern.compile(
            "(?:us)?\\$\\s?(\\d{1,3}(?:,\\d{3})+|\\d{1,7})|(\\d{1,7})\\s?(?:dollars|bucks|usd|d[oó]lares|reais|美元|美金|块)");
    private static final Pattern ANNIVERSARY = Pattern.compile(
            "anniversary|\\baniversario\\b|anivers[aá]rio de casamento|\\bbodas\\b|周年|纪念日");
    private static final Pattern BIRTHDAY = Pattern.compile("birthday|\\bb-?day\\b|cumplea[nñ]os|anivers[aá]rio|生日");

    /** How far back in the conversation an occasion the guest mentioned still counts. */
    static final int OCCASION_LOOKBACK = 20;

    CompRequest {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(kinds);
    }

    /** The request {@code message} makes, if it asks for a comp. */
    static Optional<CompRequest> read(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        if (COMP_OR_FREE_WORDS.stream().noneMatch(lower::contains)) {
            return Optional.empty();
        }
        boolean compWord = COMP.matcher(lower).find();
        // most messages name no comp and no "free": they leave here after two scans
        if (!compWord && !FREE.matcher(lower).find() || !ASKS.matcher(lower).find() || EXPLAINS.matcher(lower).find()) {
            return Optional.empty();
        }
        Set<CompKind> kinds = EnumSet.noneOf(CompKind.class);
        KINDS.forEach((kind, words) -> {
            if (words.matcher(lower).find()) {
                kinds.add(kind);
            }
        });
        boolean asksForAComp = compWord || !kinds.isEmpty();
        return asksForAComp ? Optional.of(new CompRequest(kinds, amount(lower), occasion(lower))) : Optional.empty();
    }

    /** Whether {@code message} asks for a comp. */
    static boolean asks(String message) {
        return read(message).isPresent();
    }

    /** The occasion {@code text} names ("it's our anniversary", "my wife's 40th", "aniversário"), if any. */
    static Optional<Occasion> occasion(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (ANNIVERSARY.matcher(lower).find()) {
            return Optional.of(Occasion.ANNIVERSARY);
        }
        return BIRTHDAY.matcher(lower).find() ? Optional.of(Occasion.BIRTHDAY) : Optional.empty();
    }

    /**
     * The occasion the guest told of before this request: in the conversation's last
     * {@value #OCCASION_LOOKBACK} messages (newest first), or in what the conversation and the
     * guest's profile remember ({@code occasion → wife's 40th birthday}).
     */
    static Optional<Occasion> occasionToldEarlier(List<ChatMessage> messages, Map<String, String> threadFacts,
            Map<String, String> profileFacts) {
        Stream<String> said = messages.subList(Math.max(0, messages.size() - OCCASION_LOOKBACK), messages.size()).reversed().stream()
                .filter(message -> message.author() == ChatMessage.Author.GUEST).map(ChatMessage::text);
        Stream<String> remembered = Stream.concat(threadFacts.values().stream(), profileFacts.values().stream());
        return Stream.concat(said, remembered).map(CompRequest::occasion).flatMap(Optional::stream).findFirst();
    }

    private static OptionalLong amount(String lower) {
        Matcher matcher = AMOUNT.matcher(lower);
        if (!matcher.find()) {
            return OptionalLong.empty();
        }
        String digits = (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)).replace(",", "");
        return OptionalLong.of(Long.parseLong(digits));
    }
}
