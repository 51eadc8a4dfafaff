package ai.heyseven.core.concierge;

import ai.heyseven.ports.guest.ProfileField;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a guest's own message says about them that is worth remembering: a diet, the size of their
 * party, their name — in English and Spanish (diets and party sizes in Portuguese too), by plain patterns (linear-time, on at most the first
 * 4,000 characters). Only short, ordinary values are taken.
 */
final class ProfileFacts {
    private static final int MAX_INPUT = 4_000;
    private static final Pattern DIET = Pattern.compile(
            "\\b(?:i'?m|i am|we'?re|we are|soy|somos)\\s+(?:a\\s+|an\\s+|strictly\\s+|)(vegetarian[oa]?s?|vegan[oa]?s?|pescatarian|"
                    + "gluten[- ]free|kosher|halal|cel[ií]ac[oa]?|coeliac|celiac)\\b|\\b(?:i|we)\\s+(?:eat|keep)\\s+(kosher|halal)\\b"
                    + "|\\b(?:i'?m|i am)\\s+allergic\\s+to\\s+([a-z ]{3,30}?)(?:[.,!?;]|$)|\\bsoy\\s+al[eé]rgic[oa]\\s+a(?:l)?\\s+([a-záéíóúñ ]{3,30}?)(?:[.,!?;]|$)"
                    + "|\\b(?:one|uno|una|um|uma)\\s+(?:of us\\s+|de nosotros\\s+|de n[oó]s\\s+)?(?:is|es|é)\\s+(?:a\\s+)?(vegetarian[oa]?|vegan[oa]?)\\b");
    /** The pattern above matches only text with one of these. */
    private static final java.util.List<String> DIET_WORDS = java.util.List.of("vegetarian", "vegan", "pescatarian", "gluten", "kosher",
            "halal", "celiac", "celíac", "coeliac", "allergic", "alérgic", "alergic");
    /** The name pattern matches only text with one of these (in lower case). */
    private static final java.util.List<String> NAME_WORDS = java.util.List.of("my name is", "call me", "me llamo", "mi nombre es");
    private static final Pattern PARTY = Pattern.compile(
            "\\b(?:party of|table for|we are|we're|there are|there'll be|for|somos|mesa para|para)\\s+(\\d{1,2}|one|two|three|four|five|six|"
                    + "seven|eight|nine|ten|eleven|twelve|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|dois|duas|três|quatro|sete|oito|nove|dez)\\b(?:\\s+(?:people|guests|of us|"
                    + "adults|personas|adultos))?");
    /** A party match that names it as a party (not just "for two"): compiled once, not per match. */
    private static final Pattern SAYS_PARTY = Pattern.compile(".*(party of|table for|mesa para|people|guests|of us|adults|personas|adultos).*");
    private static final Pattern NAME = Pattern.compile(
            "\\b(?i:my name is|call me|me llamo|mi nombre es)\\s+(\\p{Lu}[\\p{L}'-]{1,30}(?:\\s\\p{Lu}[\\p{L}'-]{1,30})?)");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("dos", 2),
            Map.entry("tres", 3), Map.entry("cuatro", 4), Map.entry("cinco", 5), Map.entry("seis", 6), Map.entry("siete", 7),
            Map.entry("ocho", 8), Map.entry("nueve", 9), Map.entry("diez", 10), Map.entry("dois", 2), Map.entry("duas", 2),
            Map.entry("três", 3), Map.entry("quatro", 4), Map.entry("sete", 7), Map.entry("oito", 8), Map.entry("nove", 9),
            Map.entry("dez", 10));

    private ProfileFacts() {
    }

    /** The facts {@code message} states, by field, as the profile keeps them ({@code "vegetarian"}, {@code "6"}, {@code "Ana"}). */
    static Map<ProfileField, String> in(String message) {
        String text = message.length() > MAX_INPUT ? message.substring(0, MAX_INPUT) : message;
        String lower = text.toLowerCase(Locale.ROOT);
        Map<ProfileField, String> facts = new EnumMap<>(ProfileField.class);
        if (namesADiet(lower)) {
            Matcher diet = DIET.matcher(lower);
            if (diet.find()) {
                facts.put(ProfileField.DIETARY, diet(diet));
            }
        }
        Matcher party = PARTY.matcher(lower);
        while (party.find()) {
            String size = party.group(1);
            int people = Character.isDigit(size.charAt(0)) ? Integer.parseInt(size) : NUMBERS.get(size);
            if (people >= 1 && people <= 30 && (SAYS_PARTY.matcher(party.group(0)).matches()
                    || party.group(0).startsWith("we") || party.group(0).startsWith("somos"))) {
                facts.put(ProfileField.PARTY_SIZE, Integer.toString(people));
                break;
            }
        }
        if (containsAny(lower, NAME_WORDS)) {
            Matcher name = NAME.matcher(text);
            if (name.find()) {
                facts.put(ProfileField.NAME, name.group(1));
            }
        }
        facts.putAll(VisitFacts.in(text, Words.padded(text)));
        return facts;
    }

    /** Whether lower-case {@code text} has a word the diet pattern needs: most messages do not, and skip it. */
    private static boolean namesADiet(String lower) {
        return containsAny(lower, DIET_WORDS);
    }

    private static boolean containsAny(String lower, java.util.List<String> words) {
        for (String word : words) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code message} without the diets it states ("somos cuatro y uno es vegetariano"), in lower case;
     * {@code message} itself when it states none. A stated diet describes the party, it is not what
     * the guest is asking for.
     */
    static String withoutStatedDiet(String message) {
        String text = message.length() > MAX_INPUT ? message.substring(0, MAX_INPUT) : message;
        String lower = text.toLowerCase(Locale.ROOT);
        if (!namesADiet(lower)) {
            return message; // the pattern only runs on a message that names a diet
        }
        Matcher diet = DIET.matcher(lower);
        return diet.find() ? diet.replaceAll(" ") : message;
    }

    private static String diet(Matcher match) {
        if (match.group(3) != null) {
            return "allergic to " + match.group(3).strip();
        }
        if (match.group(4) != null) {
            return "allergic to " + match.group(4).strip();
        }
        String said = match.group(1) != null ? match.group(1) : match.group(2) != null ? match.group(2) : match.group(5);
        if (said.startsWith("vegetarian")) {
            return "vegetarian";
        }
        if (said.startsWith("vegan")) {
            return "vegan";
        }
        if (said.startsWith("gluten") || said.startsWith("cel") || said.startsWith("coel")) {
            return "gluten-free";
        }
        return said;
    }
}
