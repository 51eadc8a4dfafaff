package ai.heyseven.adapter.local;

import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.casino.CasinoConfigSource;
import ai.heyseven.ports.comps.CompPolicySource;
import ai.heyseven.ports.comps.PlayerAccount;
import ai.heyseven.ports.comps.PlayerTracking;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Properties read once from JSON files — the bundled samples {@code aurora-palms} and
 * {@code harbor-lights}, or every {@code *.json} file of a directory: their configuration (read-only,
 * which the contract allows in every profile) and the knowledge items an
 * {@link InMemoryKnowledgeStore} is seeded with.
 */
public final class PropertyFiles implements CasinoConfigSource {
    private static final String BUNDLED = "/ai/heyseven/adapter/local/properties/";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final String COMPS = "comps/";

    private final Map<String, PropertyFile.Loaded> properties;
    private final CompFiles comps;

    private PropertyFiles(Map<String, PropertyFile.Loaded> properties, CompFiles comps) {
        this.properties = Map.copyOf(properties);
        this.comps = comps;
    }

    /** The sample properties shipped in this jar. */
    public static PropertyFiles bundled() {
        Map<String, PropertyFile.Loaded> loaded = new LinkedHashMap<>();
        for (String id : resource("casinos.txt").lines().map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            PropertyFile.Loaded property = parse(id + ".json", resource(id + ".json"));
            if (!property.config().id().equals(id)) {
                throw new IllegalStateException(id + ".json describes casino '" + property.config().id() + "'");
            }
            loaded.put(id, property);
        }
        CompFiles comps = new CompFiles();
        for (String id : loaded.keySet()) {
            optionalResource(COMPS + id + ".json").ifPresent(json -> comps.add(id, COMPS + id + ".json", json));
        }
        return new PropertyFiles(loaded, comps);
    }

    /** Every {@code *.json} file of {@code directory}, one property each. */
    public static PropertyFiles fromDirectory(Path directory) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list property files in " + directory, e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no *.json property files in " + directory);
        }
        Map<String, PropertyFile.Loaded> loaded = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                PropertyFile.Loaded property = parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
                if (loaded.putIfAbsent(property.config().id(), property) != null) {
                    throw new IllegalStateException("casino '" + property.config().id() + "' is described twice in " + directory);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read property file " + file, e);
            }
        }
        CompFiles comps = new CompFiles();
        for (String id : loaded.keySet()) {
            Path file = directory.resolve(COMPS + id + ".json");
            if (Files.isRegularFile(file)) {
                try {
                    comps.add(id, file.toString(), Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read comps file " + file, e);
                }
            }
        }
        return new PropertyFiles(loaded, comps);
    }

    static PropertyFile.Loaded parse(String name, String json) {
        try {
            return JSON.readValue(json, PropertyFile.class).load();
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("property file " + name + " is invalid: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<CasinoConfig> find(String casinoId) {
        return Optional.ofNullable(properties.get(casinoId)).map(PropertyFile.Loaded::config);
    }

    @Override
    public List<CasinoConfig> all() {
        return properties.values().stream().map(PropertyFile.Loaded::config).toList();
    }

    /** The items the file of {@code casinoId} describes; empty for an unknown casino. */
    public List<KnowledgeItem> items(String casinoId) {
        PropertyFile.Loaded property = properties.get(casinoId);
        return property == null ? List.of() : property.items();
    }

    /** The player system of the casinos' comps files ({@code comps/{casino}.json} beside the property files). */
    public PlayerTracking players() {
        return comps.players();
    }

    /** The comp policies of the casinos' comps files; a casino without one offers no comps. */
    public CompPolicySource compPolicies() {
        return comps.policies();
    }

    /** The player accounts of {@code casinoId}'s comps file, to seed another store with; empty without one. */
    public List<PlayerAccount> playerAccounts(String casinoId) {
        return comps.accounts(casinoId);
    }

    private static Optional<String> optionalResource(String name) {
        return PropertyFiles.class.getResource(BUNDLED + name) == null ? Optional.empty() : Optional.of(resource(name));
    }

    private static String resource(String name) {
        try (InputStream in = PropertyFiles.class.getResourceAsStream(BUNDLED + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled property resource " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled property resource " + name, e);
        }
    }
}
