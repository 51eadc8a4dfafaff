package ai.heyseven.benchmarks.cpu;

import java.util.ArrayList;
import java.util.List;

/**
 * A few hundred distinct, benign guest questions in English, Spanish, Portuguese and Chinese: the
 * venues and amenities of the dev property ({@code aurora-palms}) in the forms guests ask them,
 * so the embedding, retrieval and guardrails see varied text, as in production, and the
 * guardrails let every one through.
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
    private static final List<String> PLAIN = List.of("Where can I get sushi tonight?", "Any steak dinner after the show?",
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
        List<String> mixed = new ArrayList<>(questions.size());
        // a stride prime to the size spreads one place's questions across the run
        int stride = 7;
        while (questions.size() % stride == 0) {
            stride += 2;
        }
        for (int i = 0, at = 0; i < questions.size(); i++, at = (at + stride) % questions.size()) {
            mixed.add(questions.get(at));
        }
        return List.copyOf(mixed);
    }
}
