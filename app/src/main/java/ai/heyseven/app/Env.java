package ai.heyseven.app;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Typed, validated reads of environment variables; every failure names the variable. */
final class Env {
    private final Map<String, String> values;

    Env(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    Optional<String> text(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    String text(String name, String fallback) {
        return text(name).orElse(fallback);
    }

    int integer(String name, int fallback, int min, int max) {
        Optional<String> raw = text(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ConfigurationException(name + " must be a whole number from " + min + " to " + max + ", got '" + raw.get() + "'");
        }
    }

    boolean flag(String name, boolean fallback) {
        return text(name).map(raw -> switch (raw.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigurationException(name + " must be true or false, got '" + raw + "'");
        }).orElse(fallback);
    }

    String choice(String name, String fallback, Set<String> allowed) {
        String value = text(name, fallback).toLowerCase(Locale.ROOT);
        if (!allowed.contains(value)) {
            throw new ConfigurationException(name + " must be one of " + String.join(", ", allowed.stream().sorted().toList())
                    + ", got '" + text(name, fallback) + "'");
        }
        return value;
    }

    Optional<Path> directory(String name) {
        return text(name).map(raw -> {
            Path path = Path.of(raw);
            if (!Files.isDirectory(path)) {
                throw new ConfigurationException(name + " must name an existing directory, got '" + raw + "'");
            }
            return path;
        });
    }

    Optional<Path> readableFile(String name) {
        return text(name).map(raw -> {
            Path path = Path.of(raw);
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                throw new ConfigurationException(name + " must name a readable file, got '" + raw + "'");
            }
            return path;
        });
    }

    /** Comma-separated web origins ({@code https://host[:port]}, no path); empty when unset. */
    Set<String> origins(String name) {
        Set<String> origins = new java.util.LinkedHashSet<>();
        for (String raw : text(name).orElse("").split(",")) {
            String origin = raw.strip();
            if (origin.isEmpty()) {
                continue;
            }
            if (!origin.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?")) {
                throw new ConfigurationException(name + " must list origins such as https://www.example.com, got '" + origin + "'");
            }
            origins.add(origin);
        }
        return Set.copyOf(origins);
    }

    /**
     * Comma-separated {@code casino_id=url} pairs; empty when unset. A refusal names the casino, never the
     * URL: a webhook's URL is often its credential.
     */
    Map<String, URI> webhooks(String name, Set<String> schemes) {
        Map<String, URI> webhooks = new java.util.LinkedHashMap<>();
        for (String raw : text(name).orElse("").split(",")) {
            String pair = raw.strip();
            int equals = pair.indexOf('=');
            if (pair.isEmpty()) {
                continue;
            }
            String casino = equals < 0 ? "" : pair.substring(0, equals).strip();
            if (casino.isEmpty() || casino.chars().anyMatch(Character::isWhitespace)) {
                throw new ConfigurationException(name + " must list casino_id=https://… pairs, separated by commas");
            }
            URI url = webhookUrl(pair.substring(equals + 1).strip(), schemes)
                    .orElseThrow(() -> new ConfigurationException(name + ": the webhook of " + casino + " must be a URL with scheme "
                            + String.join(" or ", schemes.stream().sorted().toList()) + " and a host"));
            if (webhooks.put(casino, url) != null) {
                throw new ConfigurationException(name + " names " + casino + " twice");
            }
        }
        return Map.copyOf(webhooks);
    }

    private static Optional<URI> webhookUrl(String raw, Set<String> schemes) {
        try {
            URI uri = new URI(raw);
            return uri.getScheme() != null && schemes.contains(uri.getScheme()) && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    Optional<URI> url(String name, Set<String> schemes) {
        return text(name).map(raw -> {
            try {
                URI uri = URI.create(raw);
                if (uri.getScheme() == null || !schemes.contains(uri.getScheme()) || uri.getHost() == null) {
                    throw new IllegalArgumentException();
                }
                return uri;
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(name + " must be a URL with scheme " + String.join(" or ", schemes.stream().sorted().toList())
                        + " and a host, got '" + raw + "'");
            }
        });
    }
}
