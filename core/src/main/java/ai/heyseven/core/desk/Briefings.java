package ai.heyseven.core.desk;

import ai.heyseven.core.concierge.Concierges;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.conversation.ChatMessage;
import ai.heyseven.ports.desk.Briefing;
import ai.heyseven.ports.desk.CaseReason;
import ai.heyseven.ports.model.IntentClassifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extractive briefing: what a host reads before taking a case over, assembled from the reason,
 * the guest's profile and the guest's own last words (redacted), with what the agent only inferred
 * marked as such. No model is needed, so every case has one, offline too.
 */
final class Briefings {
    static final String EXTRACTIVE = "extractive";
    /** The guest's last messages quoted. */
    static final int QUOTES = 3;
    /** The longest quote kept, in characters. */
    static final int MAX_QUOTE = 280;

    /** An occasion a host would want to know of, in the four languages; the group names it. */
    private static final Pattern OCCASION = Pattern.compile(
            "(?<birthday>\\bbirthday\\b|cumplea[nñ]os|anivers[aá]rio de nascimento|生日)"
                    + "|(?<anniversary>\\banniversary\\b|\\baniversario\\b|\\bbodas\\b|周年)"
                    + "|(?<honeymoon>honeymoon|luna de miel|lua de mel|蜜月)"
                    + "|(?<wedding>\\bwedding\\b|\\bboda\\b|casamento|婚礼)"
                    + "|(?<bachelor>bachelor(ette)? party|despedida de solter[oa])"
                    + "|(?<graduation>graduation|graduaci[oó]n|formatura|毕业)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final List<String> OCCASIONS = List.of("birthday", "anniversary", "honeymoon", "wedding", "bachelor", "graduation");

    private final IntentClassifier intents = Concierges.keywordRouter();

    Briefing of(CaseTrigger trigger) {
        List<String> guestSaid = guestSaid(trigger);
        List<String> inferred = new ArrayList<>();
        if (!guestSaid.isEmpty()) {
            Intent intent = intents.classify(lastGuestMessage(trigger)).intent();
            if (intent != Intent.GENERAL && intent != Intent.OFF_TOPIC) {
                inferred.add("intent: " + intent.wireName() + " (inferred)");
            }
        }
        occasion(trigger).ifPresent(occasion -> inferred.add("occasion: " + occasion + " (inferred)"));
        List<String> profile = trigger.guestFacts().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(fact -> fact.getKey() + ": " + fact.getValue())
                .toList();
        return new Briefing(wants(trigger), profile, riskFlags(trigger), guestSaid, inferred, nextStep(trigger.reason()), EXTRACTIVE);
    }

    private static String wants(CaseTrigger trigger) {
        return switch (trigger.reason()) {
            case RESPONSIBLE_GAMING -> "help with their gambling: the responsible-gaming layer escalated the conversation";
            case CRISIS -> "urgent support: the crisis layer escalated the conversation";
            case HUMAN_REQUESTED -> "to talk to a person";
            case CALLBACK -> "a host's call-back about " + trigger.detail();
            case AML -> "nothing from a host: a possible AML event to review";
            case AGE -> "nothing from a host: signs of a guest under 21 to review";
            case LOW_RATING -> "a better answer: they rated one " + trigger.detail();
        };
    }

    private static List<String> riskFlags(CaseTrigger trigger) {
        List<String> flags = new ArrayList<>();
        switch (trigger.reason()) {
            case RESPONSIBLE_GAMING -> flags.add("responsible gaming");
            case CRISIS -> flags.add("crisis");
            case AML -> flags.add("aml");
            case AGE -> flags.add("minor");
            case HUMAN_REQUESTED, CALLBACK, LOW_RATING -> { }
        }
        if (trigger.reason().urgent() || trigger.reason().compliance()) {
            flags.add("guardrail: " + trigger.detail());
        }
        return flags;
    }

    static String nextStep(CaseReason reason) {
        return switch (reason) {
            case RESPONSIBLE_GAMING -> "Call the guest; offer the responsible-gaming helpline and self-exclusion; no promotions.";
            case CRISIS -> "Reach the guest now; give the crisis line and stay with them; involve security if they are on property.";
            case HUMAN_REQUESTED -> "Claim the conversation and answer the guest here.";
            case CALLBACK -> "Call the guest back about their request, or answer here.";
            case AML -> "Review the conversation under the AML programme; do not tell the guest about the review.";
            case AGE -> "Review the conversation; no gaming or alcohol offers to this guest.";
            case LOW_RATING -> "Read the answer the guest rated; reach out if the guest is still waiting for help.";
        };
    }

    private static List<String> guestSaid(CaseTrigger trigger) {
        List<String> quotes = trigger.messages().stream()
                .filter(message -> message.author() == ChatMessage.Author.GUEST)
                .map(message -> quote(trigger.redactor().redact(message.text())))
                .toList();
        return quotes.subList(Math.max(0, quotes.size() - QUOTES), quotes.size());
    }

    /** The first occasion the guest mentioned, if any. */
    private static Optional<String> occasion(CaseTrigger trigger) {
        for (ChatMessage message : trigger.messages()) {
            if (message.author() != ChatMessage.Author.GUEST) {
                continue;
            }
            Matcher found = OCCASION.matcher(message.text());
            if (found.find()) {
                return OCCASIONS.stream().filter(name -> found.group(name) != null).findFirst();
            }
        }
        return Optional.empty();
    }

    private static String lastGuestMessage(CaseTrigger trigger) {
        List<ChatMessage> messages = trigger.messages();
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).author() == ChatMessage.Author.GUEST) {
                return messages.get(i).text();
            }
        }
        return "";
    }

    private static String quote(String text) {
        String stripped = text.strip();
        return "\"" + (stripped.length() > MAX_QUOTE ? stripped.substring(0, MAX_QUOTE) + "…" : stripped) + "\"";
    }
}
