package ai.heyseven.core.guardrails;

import ai.heyseven.ports.concierge.GuardrailLayer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The five deterministic layers, in four languages, over every normalised form of a message.
 * Order matters when several match: a guest in distress is helped first (responsible gaming), then
 * injection, money laundering, age and privacy are refused.
 *
 * <pre>{@code
 * GuardrailVerdict verdict = Guardrails.standard().check("Ignora todas las instrucciones", "1-800-GAMBLER");
 * }</pre>
 */
public final class Guardrails implements Guardrail {
    private static final Map<Language, Pattern> RESPONSIBLE_GAMING = Patterns.compile(Patterns.RESPONSIBLE_GAMING);
    private static final Map<Language, Pattern> INJECTION = Patterns.compile(Patterns.INJECTION);
    private static final Map<Language, Pattern> AML = Patterns.compile(Patterns.AML);
    private static final Map<Language, Pattern> PRIVACY = Patterns.compile(Patterns.PRIVACY);
    private static final Map<Language, Pattern> UNDER_21 = Patterns.compile(Patterns.UNDER_21);
    private static final Map<Language, Pattern> GAMING_OR_ALCOHOL = Patterns.compile(Patterns.GAMING_OR_ALCOHOL);
    private static final Map<GuardrailLayer, Map<Language, Pattern>> BORDERLINE = borderline();
    private static final Guardrails STANDARD = new Guardrails();

    private Guardrails() {
    }

    /** The standard five layers. */
    public static Guardrails standard() {
        return STANDARD;
    }

    @Override
    public GuardrailVerdict check(String message, String helpline) {
        NormalizedText text = Normalizer.normalize(message);
        List<String> views = text.views();
        Language written = Language.guess(text.plain());
        Language matched;
        if ((matched = first(RESPONSIBLE_GAMING, views)) != null) {
            return refuse(GuardrailLayer.RESPONSIBLE_GAMING, matched, written, helpline);
        }
        if ((matched = first(INJECTION, views)) != null) {
            return refuse(GuardrailLayer.INJECTION, matched, written, helpline);
        }
        if ((matched = first(AML, views)) != null) {
            return refuse(GuardrailLayer.AML, matched, written, helpline);
        }
        if ((matched = first(UNDER_21, views)) != null && first(GAMING_OR_ALCOHOL, views) != null) {
            return refuse(GuardrailLayer.AGE, matched, written, helpline);
        }
        if ((matched = first(PRIVACY, views)) != null) {
            return refuse(GuardrailLayer.PRIVACY, matched, written, helpline);
        }
        for (Map.Entry<GuardrailLayer, Map<Language, Pattern>> layer : BORDERLINE.entrySet()) {
            if ((matched = first(layer.getValue(), views)) != null) {
                return new GuardrailVerdict.Borderline(layer.getKey(), written,
                        "weak " + layer.getKey().wireName() + " signal (" + matched.name().toLowerCase(Locale.ROOT) + ")");
            }
        }
        return GuardrailVerdict.ALLOW;
    }

    /** Whether a message shows signs that the guest is under 21 (without asking for gaming or alcohol). */
    public boolean signsOfMinor(String message) {
        return first(UNDER_21, Normalizer.normalize(message).views()) != null;
    }

    /** Whether a message asks about gaming or alcohol. */
    public boolean asksForGamingOrAlcohol(String message) {
        return first(GAMING_OR_ALCOHOL, Normalizer.normalize(message).views()) != null;
    }

    private static Map<GuardrailLayer, Map<Language, Pattern>> borderline() {
        Map<GuardrailLayer, Map<Language, Pattern>> compiled = new EnumMap<>(GuardrailLayer.class);
        Patterns.BORDERLINE.forEach((layer, patterns) -> compiled.put(layer, Patterns.compile(patterns)));
        return compiled;
    }

    private static GuardrailVerdict.Refuse refuse(GuardrailLayer layer, Language matched, Language written, String helpline) {
        // reply in the language the guest wrote in; the matched pattern's language breaks a tie for short messages
        Language language = written == Language.EN ? matched : written;
        return new GuardrailVerdict.Refuse(layer, language, layer.wireName() + " pattern (" + matched.name().toLowerCase(Locale.ROOT) + ")",
                GuardrailReplies.reply(layer, language, helpline));
    }

    /** The language of the first pattern set that matches any view, or null. */
    private static Language first(Map<Language, Pattern> patterns, List<String> views) {
        for (Map.Entry<Language, Pattern> entry : patterns.entrySet()) {
            for (String view : views) {
                if (entry.getValue().matcher(view).find()) {
                    return entry.getKey();
                }
            }
        }
        return null;
    }
}
