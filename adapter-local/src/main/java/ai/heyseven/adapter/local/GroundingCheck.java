package ai.heyseven.adapter.local;

import ai.heyseven.ports.model.GroundingVerdict;
import ai.heyseven.ports.model.ModelRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline validator: a draft is grounded when every time, price and figure in it appears in the
 * retrieved items, and it names at least one of them (unless it says that nothing was found).
 */
final class GroundingCheck {
    private static final Pattern FACT = Pattern.compile(
            "\\b\\d{1,2}:\\d{2}(\\s?[AP]M)?|\\$\\d[\\d,]*|\\b\\d[\\d,]*(\\.\\d+)?\\b");

    private GroundingCheck() {
    }

    static GroundingVerdict check(ModelRequest request) {
        String draft = request.draft();
        if (draft.isBlank()) {
            return new GroundingVerdict(false, "the answer is empty");
        }
        if (request.context().isEmpty() || Phrases.saysNothingFound(draft)) {
            return FACT.matcher(draft).find()
                    ? new GroundingVerdict(false, "the answer states facts, but no property item supports them")
                    : new GroundingVerdict(true, "");
        }
        StringBuilder reference = new StringBuilder(request.question()).append('\n').append(request.plan()).append('\n');
        request.context().forEach(item -> reference.append(Facts.reference(item, request.language())));
        String known = reference.toString();
        List<String> unsupported = new ArrayList<>();
        Matcher facts = FACT.matcher(draft);
        while (facts.find()) {
            if (!known.contains(facts.group())) {
                unsupported.add(facts.group());
            }
        }
        if (!unsupported.isEmpty()) {
            return new GroundingVerdict(false, "these facts are not in the property items: " + String.join(", ", unsupported));
        }
        String lower = draft.toLowerCase(Locale.ROOT);
        boolean namesAnItem = request.context().stream().anyMatch(item -> Facts.named(item, lower, request.language()));
        return namesAnItem
                ? new GroundingVerdict(true, "")
                : new GroundingVerdict(false, "name the property items the answer is based on");
    }
}
