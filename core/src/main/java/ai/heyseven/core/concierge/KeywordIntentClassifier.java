package ai.heyseven.core.concierge;

import ai.heyseven.core.knowledge.Slang;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.model.IntentClassifier;
import ai.heyseven.ports.model.RouteDecision;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The deterministic router: counts the words of each intent in a message. It routes when the model
 * cannot (breaker open, offline) and is the offline model's router. Linear in the (capped) input.
 */
final class KeywordIntentClassifier implements IntentClassifier {
    private static final int MAX_INPUT = 4_000;
    private static final int MAX_GREETING_WORDS = 6;
    private static final Map<Intent, Set<String>> WORDS = new EnumMap<>(Map.of(
            Intent.DINING, Set.of("restaurant", "restaurants", "dinner", "lunch", "breakfast", "brunch", "eat", "food",
                    "dine", "dining", "sushi", "steak", "steakhouse", "italian", "pizza", "pasta", "buffet", "cafe",
                    "coffee", "cocktail", "cocktails", "menu", "vegan", "vegetarian", "gluten", "hungry", "seafood",
                    "chinese", "mexican", "thai", "ramen", "dessert", "bakery", "burger", "noodles", "tacos", "wine",
                    "drinks", "comer", "cena", "cenar", "almorzar", "desayunar", "almoçar", "jantar", "restaurante", "restaurantes", "餐厅", "吃饭"),
            Intent.ENTERTAINMENT, Set.of("show", "shows", "concert", "concerts", "ticket", "tickets", "comedy", "magic",
                    "performance", "theater", "theatre", "nightclub", "club", "dj", "music", "band", "entertainment",
                    "headliner", "dance", "lounge", "showtime", "showtimes", "espectáculo", "show?", "演出"),
            Intent.HOTEL, Set.of("room", "rooms", "suite", "suites", "check-in", "checkin", "checkout", "check-out",
                    "stay", "bed", "beds", "housekeeping", "view", "upgrade", "hotel", "king", "queen", "accessible",
                    "booking", "reservation", "habitación", "quarto", "房间"),
            Intent.GAMING, Set.of("blackjack", "poker", "roulette", "craps", "baccarat", "slots", "slot", "table",
                    "tables", "gamble", "gambling", "bet", "betting", "sportsbook", "comp", "comps", "limits",
                    "minimum", "keno", "bingo", "pai", "gaming", "casino", "jackpot", "dealer"),
            Intent.AMENITIES, Set.of("pool", "pools", "spa", "gym", "fitness", "parking", "park", "valet", "wifi",
                    "wi-fi", "shop", "shops", "shopping", "boutique", "salon", "massage", "atm", "shuttle", "cabana",
                    "sauna", "laundry", "pharmacy", "kids", "arcade", "golf", "charger", "piscina"),
            Intent.PROMOTIONS, Set.of("promotion", "promotions", "promo", "promos", "offer", "offers", "deal", "deals",
                    "discount", "discounts", "special", "specials", "package", "packages", "freeplay", "bonus",
                    "giveaway", "drawing", "promoción", "promociones"),
            Intent.LOYALTY, Set.of("rewards", "reward", "loyalty", "points", "tier", "tiers", "status", "member",
                    "membership", "card", "club?"),
            Intent.OFF_TOPIC, Set.of("weather", "politics", "president", "election", "stock", "stocks", "bitcoin",
                    "crypto", "homework", "python", "javascript", "math", "equation", "poem", "essay", "news")));
    /**
     * Chinese is written without spaces, so its words are looked for inside each run of Han
     * characters ("有海鲜餐厅吗" holds 海鲜 and 餐厅) rather than matched whole.
     */
    private static final Map<Intent, List<String>> HAN_WORDS = new EnumMap<>(Map.of(
            Intent.DINING, List.of("餐厅", "吃饭", "自助餐", "早餐", "午餐", "晚餐", "海鲜", "寿司", "牛排", "面馆", "咖啡", "披萨", "素食", "饭店", "用餐"),
            Intent.ENTERTAINMENT, List.of("演出", "表演", "门票", "喜剧", "音乐会", "演唱会", "夜总会", "电影", "剧院"),
            Intent.HOTEL, List.of("房间", "客房", "入住", "退房", "套房", "住宿"),
            Intent.GAMING, List.of("赌场", "老虎机", "二十一点", "百家乐", "扑克", "轮盘", "赌桌", "博彩"),
            Intent.AMENITIES, List.of("泳池", "游泳", "水疗", "健身", "停车", "按摩", "无线", "班车", "购物"),
            Intent.PROMOTIONS, List.of("优惠", "促销", "折扣", "套餐", "抽奖"),
            Intent.LOYALTY, List.of("会员", "积分", "等级")));
    /**
     * Ties go to the earlier intent: a question that names a comp, an offer or points is about that
     * ("a comp on my room" is a gaming question), and a meal before the show it is "after".
     */
    private static final List<Intent> TIE_ORDER = List.of(Intent.GAMING, Intent.PROMOTIONS, Intent.LOYALTY,
            Intent.DINING, Intent.ENTERTAINMENT, Intent.HOTEL, Intent.AMENITIES, Intent.OFF_TOPIC);
    /** What separates words: compiled once, not on every message as {@code String.split} would. */
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}-]+");
    private static final Set<String> GREETINGS = Set.of("hi", "hello", "hey", "hola", "howdy", "greetings", "olá",
            "ola", "你好", "good", "morning", "evening", "afternoon", "there", "buenos", "dias", "días", "bom", "dia");

    @Override
    public RouteDecision classify(String message) {
        // players' words count as their plain form: "any chance I get comp'd at the high limit room?" is about gaming
        List<String> words = words(Slang.withPlainWords(message));
        Map<Intent, Integer> hits = new EnumMap<>(Intent.class);
        for (String word : words) {
            WORDS.forEach((intent, vocabulary) -> {
                if (vocabulary.contains(word)) {
                    hits.merge(intent, 1, Integer::sum);
                }
            });
            if (Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.HAN) {
                HAN_WORDS.forEach((intent, vocabulary) -> vocabulary.stream().filter(word::contains)
                        .forEach(found -> hits.merge(intent, 1, Integer::sum)));
            }
        }
        Intent best = null;
        int bestHits = 0;
        for (Intent intent : TIE_ORDER) {
            int count = hits.getOrDefault(intent, 0);
            if (count > bestHits) {
                best = intent;
                bestHits = count;
            }
        }
        if (best == null) {
            return isGreeting(words) ? new RouteDecision(Intent.GREETING, 0.9) : new RouteDecision(Intent.GENERAL, 0.3);
        }
        return new RouteDecision(best, Math.min(1.0, 0.5 + 0.15 * bestHits));
    }

    private static boolean isGreeting(List<String> words) {
        return !words.isEmpty() && words.size() <= MAX_GREETING_WORDS && GREETINGS.contains(words.get(0));
    }

    private static List<String> words(String message) {
        String bounded = message.length() > MAX_INPUT ? message.substring(0, MAX_INPUT) : message;
        List<String> words = new ArrayList<>();
        for (String raw : NOT_A_WORD.split(bounded.toLowerCase(Locale.ROOT))) {
            if (!raw.isEmpty()) {
                words.add(raw);
            }
        }
        return words;
    }
}
