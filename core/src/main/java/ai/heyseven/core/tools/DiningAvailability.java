package ai.heyseven.core.tools;

import ai.heyseven.core.knowledge.KnowledgeIndex;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.tools.TableAvailability;
import ai.heyseven.ports.tools.Tool;
import ai.heyseven.ports.tools.ToolContext;
import ai.heyseven.ports.tools.ToolSpec;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code dining_availability}: the seatings a restaurant of this property still has for a party on
 * a day, from the reservation system. The restaurant is found in the property's knowledge; a day it
 * is closed is said without asking the reservation system; today's seatings start from now.
 */
public final class DiningAvailability implements Tool {
    private static final ToolSpec SPEC = new ToolSpec("dining_availability",
            "Which times a restaurant at this property can still seat a party, for today or a day in the next 30 days.",
            Map.of("restaurant", "the restaurant's name, as the guest said it",
                    "date", "today, tomorrow, or a date as YYYY-MM-DD",
                    "party_size", "how many guests, as a number"), false);
    static final int MAX_PARTY = 20;
    static final int DAYS_AHEAD = 30;
    private static final int SHOWN = 8;

    private final KnowledgeIndex index;
    private final TableAvailability tables;

    public DiningAvailability(KnowledgeIndex index, TableAvailability tables) {
        this.index = index;
        this.tables = tables;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public String call(ToolContext context, Map<String, String> arguments) {
        LocalDate today = context.localTime().toLocalDate();
        Optional<LocalDate> date = date(arguments.getOrDefault("date", "today"), today);
        if (date.isEmpty() || date.get().isBefore(today) || date.get().isAfter(today.plusDays(DAYS_AHEAD))) {
            return "The date must be today, tomorrow or YYYY-MM-DD within the next " + DAYS_AHEAD + " days.";
        }
        Optional<Integer> party = partySize(arguments.getOrDefault("party_size", ""));
        if (party.isEmpty()) {
            return "The party size must be a number from 1 to " + MAX_PARTY + "; larger parties are arranged by a host.";
        }
        String name = arguments.getOrDefault("restaurant", "").strip();
        Optional<KnowledgeItem> venue = index.search(context.casinoId(), name.isEmpty() ? "restaurant" : name, Intent.DINING, 3)
                .stream().filter(item -> item.category() == Intent.DINING).findFirst();
        if (venue.isEmpty()) {
            return "No restaurant here matches '" + name + "'.";
        }
        KnowledgeItem restaurant = venue.get();
        String day = date.get().equals(today) ? "today" : date.get().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + " " + date.get();
        if (restaurant.hours().on(date.get().getDayOfWeek()).isEmpty()) {
            return restaurant.name() + " is closed " + day + ".";
        }
        LocalTime now = context.localTime().toLocalTime();
        List<LocalTime> open = tables.openSeatings(context.casinoId(), restaurant, date.get(), party.get()).stream()
                .filter(time -> !date.get().equals(today) || time.isAfter(now))
                .toList();
        if (open.isEmpty()) {
            return restaurant.name() + " has no table left for " + party.get() + " " + day + ".";
        }
        String times = open.stream().limit(SHOWN).map(LocalTime::toString).collect(Collectors.joining(", "));
        return restaurant.name() + " can seat " + party.get() + " " + day + " at " + times
                + (open.size() > SHOWN ? " and " + (open.size() - SHOWN) + " later times" : "") + ".";
    }

    private static Optional<LocalDate> date(String text, LocalDate today) {
        String day = text.strip().toLowerCase(Locale.ROOT);
        if (day.isEmpty() || day.equals("today") || day.equals("tonight")) {
            return Optional.of(today);
        }
        if (day.equals("tomorrow")) {
            return Optional.of(today.plusDays(1));
        }
        try {
            return Optional.of(LocalDate.parse(day));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> partySize(String text) {
        try {
            int size = Integer.parseInt(text.strip());
            return size >= 1 && size <= MAX_PARTY ? Optional.of(size) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
