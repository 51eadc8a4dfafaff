package ai.heyseven.benchmarks.cpu;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A few hundred distinct, benign guest questions in English, Spanish, Portuguese and Chinese, so
 * the embedding, retrieval and guardrails see varied text, as in production, and the guardrails
 * let every one through (436 in all): 260 name a venue or amenity of the dev property
 * ({@code aurora-palms}), which the concierge finds by name, and 176 ask for a kind of thing
 * ("where can I get sushi tonight?"), which it searches for (BM25 and the question's embedding):
 * about 650 of 1,600 turns embed their question. (With named venues alone, 94 did.)
 */
final class Questions {
    private static final List<String> PLACES = List.of("Trattoria Lucia", "Vesuvio Pizzeria", "Ember Steakhouse", "Kaze Sushi & Robata",
            "Desert Bloom Buffet", "Jade Noodle House", "Sunrise Cafe", "Agave Cantina", "Palm Court Lounge", "Oasis Bakery",
            "Green Leaf Kitchen", "Mirage Nights", "The Laugh Track Comedy Club", "Solstice Nightclub", "Desert Star Arena",
            "The Velvet Room", "Starlight Poolside Cinema", "Aurora Box Office", "Aurora Suite", "Aurora Tower Lounge", "Oasis Pool",
            "Serenity Spa", "Fitness Center", "Valet Parking", "Palms Shopping Arcade", "Airport Shuttle");
    private static final List<String> FORMS_EN = List.of("What time does %s open tonight?", "Where is %s?",
            "Is %s good for a family with kids?", "Do I need a reservation for %s?", "What does %s cost?",
            "Can you tell me about %s?");
    private static final List<String> FORMS_ES = List.of("¿A qué hora abre %s hoy?", "¿Dónde está %s?", "¿Necesito reservar en %s?");
    private static final List<String> FORMS_PT = List.of("Que horas abre o %s hoje?", "Onde fica o %s?", "Preciso de reserva no %s?");
    private static final List<String> FORMS_ZH = List.of("%s今晚几点开门？", "%s在哪里？", "去%s需要预订吗？");
    /** Kinds of things guests look for, the same in each language's list. */
    private static final List<String> KINDS_EN = List.of("sushi", "a steak dinner", "pizza", "noodles", "tacos", "breakfast",
            "coffee and pastries", "a vegetarian meal", "seafood", "a late-night snack", "live music", "a comedy show", "a massage",
            "a workout", "a quiet bar", "family activities");
    private static final List<String> KINDS_ES = List.of("sushi", "una cena de carne", "pizza", "fideos", "tacos", "desayuno",
            "café y pasteles", "comida vegetariana", "mariscos", "algo de comer tarde", "música en vivo", "un espectáculo de comedia",
            "un masaje", "un gimnasio", "un bar tranquilo", "actividades para la familia");
    private static final List<String> KINDS_PT = List.of("sushi", "um jantar de carne", "pizza", "macarrão", "tacos", "café da manhã",
            "café e doces", "comida vegetariana", "frutos do mar", "um lanche tarde da noite", "música ao vivo", "um show de comédia",
            "uma massagem", "uma academia", "um bar tranquilo", "atividades para a família");
    private static final List<String> KINDS_ZH = List.of("寿司", "牛排晚餐", "披萨", "面条", "墨西哥卷饼", "早餐", "咖啡和糕点", "素食",
            "海鲜", "夜宵", "现场音乐", "喜剧表演", "按摩", "健身房", "安静的酒吧", "家庭活动");
    private static final List<String> SEEK_EN = List.of("Where can I get %s tonight?", "Any good place for %s?",
            "What do you recommend for %s?", "Is there somewhere for %s after the show?");
    private static final List<String> SEEK_ES = List.of("¿Dónde puedo encontrar %s esta noche?", "¿Qué me recomiendas para %s?");
    private static final List<String> SEEK_PT = List.of("Onde posso encontrar %s hoje à noite?", "O que você recomenda para %s?");
    private static final List<String> SEEK_ZH = List.of("今晚哪里有%s？", "你推荐哪里的%s？");
    private static final List<String> PLAIN = List.of("Where is the best view in the resort?", "Any steak dinner after the show?",
            "Is there a vegetarian restaurant?", "What shows are on this weekend?", "How late is the pool open?",
            "Where can I park my car?", "What time is check-out?", "Is there free Wi-Fi in the rooms?",
            "¿Hay un restaurante de mariscos?", "¿Qué espectáculos hay esta noche?", "Onde posso jantar com a família?",
            "Tem piscina aberta à noite?", "有海鲜餐厅吗？", "今晚有什么演出？", "酒店几点退房？", "哪里可以吃早餐？");

    private Questions() {
    }

    /** Every question, in an order that mixes the languages. */
    static List<String> all() {
        List<String> questions = new ArrayList<>(PLAIN);
        for (int place = 0; place < PLACES.size(); place++) {
            String name = PLACES.get(place);
            for (String form : FORMS_EN) {
                questions.add(form.formatted(name));
            }
            questions.add(FORMS_ES.get(place % FORMS_ES.size()).formatted(name));
            questions.add(FORMS_PT.get(place % FORMS_PT.size()).formatted(name));
            questions.add(FORMS_ZH.get(place % FORMS_ZH.size()).formatted(name));
            questions.add(FORMS_ES.get((place + 1) % FORMS_ES.size()).formatted(name));
        }
        for (int kind = 0; kind < KINDS_EN.size(); kind++) {
            add(questions, SEEK_EN, KINDS_EN.get(kind));
            add(questions, SEEK_ES, KINDS_ES.get(kind));
            add(questions, SEEK_PT, KINDS_PT.get(kind));
            add(questions, SEEK_ZH, KINDS_ZH.get(kind));
        }
        List<String> mixed = new ArrayList<>(questions.size());
        // a stride prime to the size spreads one place's questions across the run
        int stride = 7;
        while (BigInteger.valueOf(stride).gcd(BigInteger.valueOf(questions.size())).intValue() != 1) {
            stride++;
        }
        for (int i = 0, at = 0; i < questions.size(); i++, at = (at + stride) % questions.size()) {
            mixed.add(questions.get(at));
        }
        if (Set.copyOf(mixed).size() != mixed.size()) {
            throw new IllegalStateException("the questions are not distinct: " + mixed.size() + " with " + Set.copyOf(mixed).size() + " distinct");
        }
        return List.copyOf(mixed);
    }

    private static void add(List<String> questions, List<String> forms, String kind) {
        for (String form : forms) {
            questions.add(form.formatted(kind));
        }
    }
}
