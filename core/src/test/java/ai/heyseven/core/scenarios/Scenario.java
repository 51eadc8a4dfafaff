package ai.heyseven.core.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One judged conversation of the scenario suite (the format is in docs/scenarios.md): a guest of a
 * casino on a channel says each turn's message, and the agent's reply must behave as the turn expects.
 */
record Scenario(String name, String about, String casino, String guest, String channel, List<Turn> turns) {
    private static final ObjectMapper JSON = new ObjectMapper();

    Scenario {
        Objects.requireNonNull(name, "name");
        turns = List.copyOf(turns);
        if (turns.isEmpty()) {
            throw new IllegalArgumentException("scenario " + name + " has no turns");
        }
    }

    /**
     * A guest's message and what the reply must show; {@code pending} expectations wait for work not
     * merged yet. With {@code newConversation} the guest starts another conversation (same guest id).
     */
    record Turn(String guest, boolean newConversation, Expectation expect, List<Pending> pending) {
        Turn {
            Objects.requireNonNull(guest, "guest");
            pending = List.copyOf(pending);
        }
    }

    /** Expectations that hold once the work named in {@code by} lands ("issue 24 comps"): counted and listed, not failed. */
    record Pending(String by, Expectation expect) {
    }

    /** Every scenario file of a directory, by file name. */
    static List<Scenario> readAll(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().map(Scenario::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Scenario read(Path file) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            List<Turn> turns = new ArrayList<>();
            for (JsonNode turn : root.path("turns")) {
                List<Pending> pending = new ArrayList<>();
                for (JsonNode waiting : turn.path("pending")) {
                    pending.add(new Pending(waiting.path("by").asText(), Expectation.of(waiting.path("expect"))));
                }
                turns.add(new Turn(turn.path("guest").asText(), turn.path("new_conversation").asBoolean(false),
                        Expectation.of(turn.path("expect")), pending));
            }
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            return new Scenario(name, root.path("about").asText(""), root.path("casino").asText("aurora-palms"),
                    root.path("guest_id").asText("guest-" + name), root.path("channel").asText("web"), turns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario " + file, e);
        }
    }
}
