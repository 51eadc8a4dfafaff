package ai.heyseven.core.guardrails;

import ai.heyseven.ports.concierge.GuardrailLayer;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The minimal prompt-injection check: instruction override, system-prompt extraction and
 * "developer mode" tricks, in English and Spanish. Input is capped before matching and every pattern
 * uses bounded repetition only, so a check never takes time beyond a small constant per character.
 */
public final class InjectionGuard implements Guardrail {
    static final int MAX_CHECKED_LENGTH = 4_000;
    private static final String REPLY =
            "I can't help with that request, but I'm glad to help with dining, shows, your stay, gaming or rewards.";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\b(ignore|disregard|forget|override)\\b.{0,40}\\b(instructions?|rules|prompts?|guidelines)\\b"),
            Pattern.compile("\\b(reveal|show|print|repeat|display|output)\\b.{0,40}\\b(system|hidden|initial)\\s+(prompt|instructions?|message)"),
            Pattern.compile("\\b(developer|dev|god|jailbreak|dan)\\s+mode\\b"),
            Pattern.compile("\\byou are (now|no longer)\\b.{0,40}\\b(unrestricted|unfiltered|free|not bound|an? ai without)"),
            Pattern.compile("\\b(ignora|olvida|omite)\\b.{0,40}\\b(instrucciones|reglas)\\b"),
            Pattern.compile("\\b(muestra|revela)\\b.{0,40}\\b(prompt|instrucciones) del sistema"));

    @Override
    public GuardrailVerdict check(String message) {
        String bounded = message.length() > MAX_CHECKED_LENGTH ? message.substring(0, MAX_CHECKED_LENGTH) : message;
        String normalized = Normalizer.normalize(bounded, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        for (Pattern pattern : PATTERNS) {
            if (pattern.matcher(normalized).find()) {
                return new GuardrailVerdict.Refuse(GuardrailLayer.INJECTION, "matched " + pattern.pattern(), REPLY);
            }
        }
        return GuardrailVerdict.ALLOW;
    }
}
