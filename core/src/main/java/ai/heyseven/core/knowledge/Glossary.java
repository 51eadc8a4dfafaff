package ai.heyseven.core.knowledge;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A hospitality glossary that adds English words to a guest's question before it is searched:
 * Spanish and Portuguese words for what a resort offers ("piscina" → pool, "estacionamiento" →
 * parking), and the everyday English a guest uses for it ("laptop online" → wifi). Property items
 * are written in English and the bundled embedding model reads English, so without it a Spanish
 * question finds only the names and loanwords it shares with the items.
 *
 * <p>Casino slang and abbreviations in the four languages come from {@link Slang}.
 *
 * <p>Only the question is expanded, never the items; words it does not know pass through as they are.
 */
final class Glossary {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MAX_INPUT = 4_000;

    /** Folded (lower case, no accents) word → English words. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            // places and things a resort has
            Map.entry("piscina", "pool swim"), Map.entry("piscinas", "pool swim"), Map.entry("alberca", "pool swim"),
            Map.entry("bufe", "buffet"), Map.entry("bufet", "buffet"), Map.entry("bufes", "buffet"),
            Map.entry("nadar", "pool swim"), Map.entry("swim", "pool"), Map.entry("swimming", "pool"), Map.entry("laps", "pool"),
            Map.entry("techada", "indoor"), Map.entry("cubierta", "indoor"), Map.entry("coberta", "indoor"),
            Map.entry("estacionar", "parking garage"), Map.entry("estacionamiento", "parking garage"),
            Map.entry("aparcar", "parking garage"), Map.entry("aparcamiento", "parking garage"), Map.entry("parqueo", "parking garage"),
            Map.entry("estacionamento", "parking garage"), Map.entry("coche", "car parking"), Map.entry("carro", "car parking"),
            Map.entry("auto", "car parking"), Map.entry("car", "parking"), Map.entry("driving", "parking"), Map.entry("drive", "parking"),
            Map.entry("gimnasio", "gym fitness"), Map.entry("academia", "gym fitness"), Map.entry("workout", "gym fitness"),
            Map.entry("exercise", "gym fitness"), Map.entry("ejercicio", "gym fitness"), Map.entry("lift", "gym weights"),
            Map.entry("perro", "dog pets"), Map.entry("perros", "dog pets"), Map.entry("mascota", "pets dog"),
            Map.entry("mascotas", "pets dog"), Map.entry("cachorro", "dog pets"), Map.entry("puppy", "dog pets"), Map.entry("pet", "pets dog"),
            Map.entry("ninos", "kids children family"), Map.entry("hijos", "kids children family"), Map.entry("criancas", "kids children family"),
            Map.entry("children", "kids family"), Map.entry("habitacion", "room"), Map.entry("habitaciones", "room"),
            Map.entry("cuarto", "room"), Map.entry("quarto", "room"), Map.entry("cama", "bed"), Map.entry("camas", "bed"),
            Map.entry("entrada", "check-in"), Map.entry("llegada", "check-in"), Map.entry("salida", "check-out"),
            Map.entry("familia", "family"), Map.entry("tienda", "shopping sundries"), Map.entry("tiendas", "shopping sundries"),
            Map.entry("compras", "shopping"), Map.entry("lojas", "shopping"), Map.entry("farmacia", "pharmacy sundries"),
            Map.entry("toothbrush", "sundries pharmacy"), Map.entry("toothpaste", "sundries pharmacy"), Map.entry("toiletries", "sundries pharmacy"),
            Map.entry("laptop", "wifi internet"), Map.entry("online", "wifi internet"), Map.entry("internet", "wifi"),
            Map.entry("contrasena", "password wifi"), Map.entry("senha", "password wifi"), Map.entry("aeropuerto", "airport shuttle"),
            Map.entry("aeroporto", "airport shuttle"), Map.entry("masaje", "massage spa"), Map.entry("masajes", "massage spa"),
            Map.entry("massagem", "massage spa"), Map.entry("crucero", "cruise boat"), Map.entry("barco", "boat"),
            Map.entry("fuegos", "fireworks"), Map.entry("artificiales", "fireworks"), Map.entry("boletos", "tickets"),
            Map.entry("entradas", "tickets"), Map.entry("ingressos", "tickets"), Map.entry("taquilla", "box office tickets"),
            Map.entry("espectaculo", "show"), Map.entry("espectaculos", "show"), Map.entry("comedia", "comedy"),
            Map.entry("boliche", "bowling"), Map.entry("musica", "music"), Map.entry("vivo", "live"),
            // food and drink
            Map.entry("comer", "dining restaurant"), Map.entry("comida", "food dining"), Map.entry("cenar", "dinner"),
            Map.entry("cena", "dinner"), Map.entry("almuerzo", "lunch"), Map.entry("desayuno", "breakfast"),
            Map.entry("desayunar", "breakfast"), Map.entry("cafe", "coffee"), Map.entry("cafecito", "coffee"),
            Map.entry("caffeine", "coffee espresso"), Map.entry("latte", "coffee espresso"), Map.entry("cappuccino", "coffee espresso"),
            Map.entry("manana", "morning breakfast"), Map.entry("pastel", "cake pastry bakery"), Map.entry("pasteles", "cake pastry bakery"),
            Map.entry("panaderia", "bakery pastry"), Map.entry("pan", "bakery"), Map.entry("mariscos", "seafood"),
            Map.entry("pescado", "fish seafood"), Map.entry("ostiones", "oysters"), Map.entry("ostras", "oysters"),
            Map.entry("camarones", "shrimp seafood"), Map.entry("cangrejo", "crab"), Map.entry("carne", "steak"),
            Map.entry("filete", "steak"), Map.entry("cerveza", "beer"), Map.entry("vino", "wine"), Map.entry("coctel", "cocktail bar lounge"),
            Map.entry("cocteles", "cocktail bar lounge"), Map.entry("trago", "cocktail bar"), Map.entry("tragos", "cocktail bar"),
            Map.entry("pint", "beer pub"), Map.entry("pato", "duck"), Map.entry("fideos", "noodles"), Map.entry("vegano", "vegan"),
            Map.entry("vegetariano", "vegetarian vegan"),
            // play and rewards
            Map.entry("torneo", "tournament"), Map.entry("torneos", "tournament"), Map.entry("apuesta", "bet minimum"),
            Map.entry("apostar", "bet betting"), Map.entry("tragamonedas", "slots"), Map.entry("maquinitas", "slots"),
            Map.entry("puntos", "points"), Map.entry("pontos", "points"), Map.entry("regalo", "free comp"),
            Map.entry("regalar", "free comp"), Map.entry("gratis", "free"), Map.entry("cumpleanos", "birthday"),
            Map.entry("aniversario", "anniversary"), Map.entry("socio", "member join"), Map.entry("miembro", "member join"));

    private Glossary() {
    }

    /** The question with the English words of every word the glossary knows appended, once each. */
    static String expand(String question) {
        String bounded = question.length() > MAX_INPUT ? question.substring(0, MAX_INPUT) : question;
        Set<String> added = new LinkedHashSet<>();
        String slang = Slang.plainWords(bounded);
        if (!slang.isEmpty()) {
            added.add(slang); // players' words ("comp'd", "RFB", "player's card") in their plain form
        }
        var words = WORD.matcher(fold(bounded));
        while (words.find()) {
            String english = WORDS.get(words.group());
            if (english != null) {
                added.add(english);
            }
        }
        return added.isEmpty() ? question : bounded + " (" + String.join(" ", added) + ")";
    }

    /** Lower case without accents: "Piña" → "pina". */
    static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
    }
}
