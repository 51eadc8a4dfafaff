package ai.heyseven.core.tools;

import ai.heyseven.core.knowledge.KnowledgeIndex;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.OpenSpan;
import ai.heyseven.ports.tools.Tool;
import ai.heyseven.ports.tools.ToolContext;
import ai.heyseven.ports.tools.ToolSpec;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code show_times}: the next seven days of a show's or venue's hours on the property's clock,
 * from the property's own knowledge — the entertainment items that match the name.
 */
public final class ShowTimes implements Tool {
    private static final ToolSpec SPEC = new ToolSpec("show_times",
            "The schedule of a show, club or venue at this property for the next seven days, in the property's local time.",
            Map.of("show", "the show's or venue's name, as the guest said it"), false);
    private static final int MATCHES = 3;

    private final KnowledgeIndex index;

    public ShowTimes(KnowledgeIndex index) {
        this.index = index;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public String call(ToolContext context, Map<String, String> arguments) {
        String show = arguments.getOrDefault("show", "").strip();
        List<KnowledgeItem> shows = index.search(context.casinoId(), show.isEmpty() ? "show" : show, Intent.ENTERTAINMENT, MATCHES)
                .stream().filter(item -> item.category() == Intent.ENTERTAINMENT).toList();
        if (shows.isEmpty()) {
            return "No show or venue here matches '" + show + "'.";
        }
        StringBuilder schedule = new StringBuilder();
        LocalDate today = context.localTime().toLocalDate();
        for (KnowledgeItem item : shows) {
            schedule.append(item.name()).append(item.location().isEmpty() ? "" : " (" + item.location() + ")").append(": ");
            List<String> days = new ArrayList<>();
            for (int offset = 0; offset < 7; offset++) {
                LocalDate date = today.plusDays(offset);
                Optional<OpenSpan> span = item.hours().on(date.getDayOfWeek());
                if (span.isPresent()) {
                    days.add(dayName(date.getDayOfWeek(), offset) + " " + span.get());
                }
            }
            schedule.append(days.isEmpty() ? "no scheduled hours" : String.join("; ", days)).append('\n');
        }
        return schedule.toString().strip();
    }

    private static String dayName(DayOfWeek day, int offset) {
        return offset == 0 ? "today" : offset == 1 ? "tomorrow" : day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
