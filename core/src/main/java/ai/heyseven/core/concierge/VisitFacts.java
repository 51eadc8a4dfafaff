package ai.heyseven.core.concierge;

import ai.heyseven.ports.guest.ProfileField;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a guest's message tells about their visit, in the four languages, by word lists (no pattern
 * but the occasion's): the occasion, the purpose of the visit, dining and entertainment they like,
 * the budget band, how often they come and their loyalty tier. Values are kept in one English form
 * so a profile reads the same whatever language the guest wrote in.
 */
final class VisitFacts {
    /** A liking is only taken from a message that says one ("we love sushi"), never from a question about it. */
    private static final List<String> LIKING = List.of(" love ", " like ", " big fan of ", " fan of ", " favorite ", " favourite ",
            " enjoy ", " encanta ", " gusta ", " adoramo ", " gostamo ", " adoro ", " amo ", " amamo ", " gosto ", " prefer ", " prefiero ",
            " prefiro ");
    private static final List<String> HAN_LIKING = List.of("喜欢", "爱吃", "爱看", "偏爱");
    private static final Map<String, String> CUISINES = ordered(" steak ", "steak", " carne ", "steak", " sushi ", "sushi",
            " seafood ", "seafood", " marisco ", "seafood", " fruto do mar ", "seafood", " frutos do mar ", "seafood",
            " italian ", "italian", " italiana ", "italian", " pasta ", "italian", " mexican ", "mexican", " mexicana ", "mexican",
            " chinese food ", "chinese", " dim sum ", "chinese", " buffet ", "buffet", " bufe ", "buffet", " fine dining ", "fine dining",
            " brunch ", "brunch", " tapa ", "tapas", " ramen ", "ramen", " bbq ", "barbecue", " barbecue ", "barbecue",
            " churrasco ", "barbecue");
    private static final Map<String, String> HAN_CUISINES = ordered("牛排", "steak", "寿司", "sushi", "海鲜", "seafood", "意大利", "italian",
            "中餐", "chinese", "粤菜", "chinese", "自助餐", "buffet", "火锅", "hot pot");
    private static final Map<String, String> SHOWS = ordered(" comedy ", "comedy", " comedia ", "comedy", " stand up ", "comedy",
            " live music ", "live music", " musica en vivo ", "live music", " musica ao vivo ", "live music", " jazz ", "jazz",
            " magic ", "magic", " magia ", "magic", " concert ", "concerts", " concierto ", "concerts", " show ", "shows",
            " espectaculo ", "shows", " nightclub ", "nightlife", " club ", "nightlife", " dancing ", "nightlife", " boxing ", "sports",
            " sport ", "sports", " deporte ", "sports", " esporte ", "sports", " movie ", "movies", " cine ", "movies", " cinema ", "movies");
    private static final Map<String, String> HAN_SHOWS = ordered("喜剧", "comedy", "爵士", "jazz", "魔术", "magic", "演唱会", "concerts",
            "音乐会", "concerts", "现场音乐", "live music", "夜店", "nightlife", "演出", "shows", "体育", "sports", "电影", "movies");
    private static final Map<String, String> PURPOSES = ordered(" business trip ", "business", " for work ", "business",
            " conference ", "business", " convention ", "business", " viaje de negocio ", "business", " por trabajo ", "business",
            " conferencia ", "business", " viagem de negocio ", "business", " a trabalho ", "business", " conferencia ", "business",
            " getaway ", "getaway", " vacation ", "getaway", " holiday ", "getaway", " vacacione ", "getaway", " ferias ", "getaway",
            " girls trip ", "getaway", " guys trip ", "getaway", " here to play ", "gaming", " here to gamble ", "gaming",
            " para jugar ", "gaming", " para jogar ", "gaming", " for the concert ", "show", " for the show ", "show",
            " para el concierto ", "show", " para o show ", "show");
    private static final Map<String, String> HAN_PURPOSES = ordered("出差", "business", "商务", "business", "开会", "business",
            "度假", "getaway", "旅游", "getaway", "来玩牌", "gaming", "来赌", "gaming", "看演出", "show", "演唱会", "show");
    private static final Map<String, String> BUDGETS = ordered(" on a budget ", "value", " budget friendly ", "value",
            " affordable ", "value", " cheap ", "value", " inexpensive ", "value", " economico ", "value", " barato ", "value",
            " presupuesto ajustado ", "value", " orcamento apertado ", "value", " mid range ", "moderate", " moderate ", "moderate",
            " money is no object ", "premium", " splurge ", "premium", " spare no expense ", "premium", " the very best ", "premium",
            " luxury ", "premium", " lujo ", "premium", " luxo ", "premium", " sin importar el precio ", "premium");
    private static final Map<String, String> HAN_BUDGETS = ordered("预算有限", "value", "便宜", "value", "实惠", "value",
            "不在乎价格", "premium", "豪华", "premium", "奢华", "premium");
    private static final Map<String, String> FREQUENCIES = ordered(" first time ", "first visit", " first visit ", "first visit",
            " never been ", "first visit", " primera vez ", "first visit", " primeira vez ", "first visit", " every month ", "regular",
            " every weekend ", "regular", " every year ", "occasional", " once a year ", "occasional", " regulars ", "regular",
            " come here often ", "regular", " cada mes ", "regular", " cada ano ", "occasional", " todo mes ", "regular",
            " todo ano ", "occasional", " todos los ano ", "occasional", " todos os ano ", "occasional");
    private static final Map<String, String> HAN_FREQUENCIES = ordered("第一次", "first visit", "每个月", "regular", "每周", "regular",
            "每年", "occasional", "常来", "regular");
    private static final List<String> TIERS = List.of("seven star", "diamond", "platinum", "gold", "silver");
    private static final Map<String, String> TIER_WORDS = ordered(" seven star member ", "seven star", " diamond member ", "diamond",
            " platinum member ", "platinum", " gold member ", "gold", " silver member ", "silver", " im diamond ", "diamond",
            " im platinum ", "platinum", " im gold ", "gold", " im silver ", "silver", " i m gold ", "gold", " i m platinum ", "platinum",
            " i m diamond ", "diamond", " i m silver ", "silver", " gold tier ", "gold", " platinum tier ", "platinum",
            " diamond tier ", "diamond", " silver tier ", "silver", " gold card ", "gold", " platinum card ", "platinum",
            " soy oro ", "gold", " soy platino ", "platinum", " soy diamante ", "diamond", " soy plata ", "silver",
            " miembro oro ", "gold", " miembro platino ", "platinum", " tarjeta oro ", "gold", " tarjeta platino ", "platinum",
            " sou ouro ", "gold", " sou platina ", "platinum", " sou diamante ", "diamond", " sou prata ", "silver",
            " membro ouro ", "gold", " cartao ouro ", "gold", " cartao platina ", "platinum");
    private static final Map<String, String> HAN_TIERS = ordered("钻石卡", "diamond", "白金卡", "platinum", "金卡", "gold", "银卡", "silver",
            "钻石会员", "diamond", "白金会员", "platinum", "金卡会员", "gold");

    private VisitFacts() {
    }

    /** The visit facts {@code message} states; {@code padded} is it in {@link Words#padded} form. */
    static Map<ProfileField, String> in(String message, String padded) {
        boolean han = Words.hasHan(message);
        Map<ProfileField, String> facts = new EnumMap<>(ProfileField.class);
        Occasion.in(message, padded, han).ifPresent(occasion -> {
            facts.put(ProfileField.OCCASION, occasion.stored());
            facts.put(ProfileField.VISIT_PURPOSE, "celebration");
        });
        first(padded, PURPOSES).or(() -> han ? first(message, HAN_PURPOSES) : java.util.Optional.empty())
                .ifPresent(purpose -> facts.put(ProfileField.VISIT_PURPOSE, purpose));
        boolean likes = containsAny(padded, LIKING) || han && containsAny(message, HAN_LIKING);
        if (likes) {
            all(padded, message, han, CUISINES, HAN_CUISINES).ifPresent(value -> facts.put(ProfileField.DINING_PREFERENCES, value));
            all(padded, message, han, SHOWS, HAN_SHOWS).ifPresent(value -> facts.put(ProfileField.ENTERTAINMENT_PREFERENCES, value));
        }
        first(padded, BUDGETS).or(() -> han ? first(message, HAN_BUDGETS) : java.util.Optional.empty())
                .ifPresent(band -> facts.put(ProfileField.BUDGET_BAND, band));
        first(padded, FREQUENCIES).or(() -> han ? first(message, HAN_FREQUENCIES) : java.util.Optional.empty())
                .ifPresent(frequency -> facts.put(ProfileField.VISIT_FREQUENCY, frequency));
        first(padded, TIER_WORDS).or(() -> han ? first(message, HAN_TIERS) : java.util.Optional.empty())
                .filter(TIERS::contains).ifPresent(tier -> facts.put(ProfileField.LOYALTY_TIER, tier));
        return facts;
    }

    private static java.util.Optional<String> first(String text, Map<String, String> words) {
        for (Map.Entry<String, String> word : words.entrySet()) {
            if (text.contains(word.getKey())) {
                return java.util.Optional.of(word.getValue());
            }
        }
        return java.util.Optional.empty();
    }

    /** Every value named, in the order of the list, joined ({@code steak, sushi}). */
    private static java.util.Optional<String> all(String padded, String message, boolean han, Map<String, String> latin,
            Map<String, String> hanWords) {
        java.util.Set<String> named = new java.util.LinkedHashSet<>();
        latin.forEach((word, value) -> {
            if (padded.contains(word)) {
                named.add(value);
            }
        });
        if (han) {
            hanWords.forEach((word, value) -> {
                if (message.contains(word)) {
                    named.add(value);
                }
            });
        }
        return named.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(", ", named));
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A map that keeps the order its pairs are given in: earlier, more specific words win. */
    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.putIfAbsent(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
