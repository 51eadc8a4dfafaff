package ai.heyseven.ports.casino;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a property's chat page looks and where it may be shown. Every field is checked here, so what
 * reaches the page's HTML, CSS and headers is a colour, a URL or an origin and nothing else.
 *
 * <pre>{@code
 * new Branding("#0f4c5c", "#c9a227", "https://cdn.aurora.example/logo.svg", "", "+1 702 555 0199",
 *         List.of("https://www.aurora.example"), Map.of(), Map.of("en", List.of("Is the spa open now?")))
 * }</pre>
 *
 * @param primaryColor the page's main colour ({@code #rrggbb} or {@code #rgb}; stored as {@code #rrggbb})
 * @param accentColor its second colour, for highlights
 * @param logoUrl the logo ({@code https://…} or a path on this server); empty: the name's initials
 * @param faviconUrl the tab icon ({@code https://…} or a path on this server); empty: {@code /favicon.ico}
 * @param hostPhone the number where a guest reaches a person (the host desk); empty: none shown
 * @param frameOrigins the sites ({@code https://www.casino.example}) that may embed the page; none: no site may
 * @param greetings the page's greeting by language ({@code en}, {@code es}…); absent: the default greeting
 * @param suggestions up to {@value #MAX_SUGGESTIONS} suggested questions by language; absent: the defaults
 */
public record Branding(String primaryColor, String accentColor, String logoUrl, String faviconUrl, String hostPhone,
        List<String> frameOrigins, Map<String, String> greetings, Map<String, List<String>> suggestions) {
    /** Hey Seven's own look, for a property that configures none. */
    public static final Branding DEFAULT = new Branding("", "", "", "", "", List.of(), Map.of(), Map.of());
    public static final String DEFAULT_PRIMARY = "#5b2a86";
    public static final String DEFAULT_ACCENT = "#c9a227";
    public static final int MAX_SUGGESTIONS = 4;
    public static final int MAX_SUGGESTION_LENGTH = 120;
    public static final int MAX_GREETING_LENGTH = 300;
    public static final int MAX_FRAME_ORIGINS = 10;
    public static final int MAX_URL_LENGTH = 500;

    private static final Pattern COLOR = Pattern.compile("#(?:[0-9a-f]{3}|[0-9a-f]{6})");
    private static final Pattern ORIGIN = Pattern.compile("https?://[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?(?::[0-9]{1,5})?");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().-]{2,29}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern URL_TEXT = Pattern.compile("[A-Za-z0-9._~:/?#@!$&*+,;=%-]+");

    public Branding {
        primaryColor = color("primary_color", primaryColor, DEFAULT_PRIMARY);
        accentColor = color("accent_color", accentColor, DEFAULT_ACCENT);
        logoUrl = url("logo_url", logoUrl);
        faviconUrl = url("favicon_url", faviconUrl);
        hostPhone = hostPhone == null ? "" : hostPhone.strip();
        if (!hostPhone.isEmpty() && !PHONE.matcher(hostPhone).matches()) {
            throw new IllegalArgumentException("host_phone '" + hostPhone + "' is not a phone number");
        }
        frameOrigins = frameOrigins == null ? List.of() : frameOrigins.stream().map(Branding::origin).toList();
        if (frameOrigins.size() > MAX_FRAME_ORIGINS) {
            throw new IllegalArgumentException("at most " + MAX_FRAME_ORIGINS + " frame_origins, got " + frameOrigins.size());
        }
        greetings = greetings == null ? Map.of() : Map.copyOf(greetings);
        greetings.forEach((language, text) -> {
            language(language, "greetings");
            if (text.isBlank() || text.length() > MAX_GREETING_LENGTH) {
                throw new IllegalArgumentException("greetings." + language + " must be 1 to " + MAX_GREETING_LENGTH + " characters");
            }
        });
        suggestions = suggestions == null ? Map.of() : copy(suggestions);
    }

    private static String color(String field, String value, String fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String lower = value.strip().toLowerCase(Locale.ROOT);
        if (!COLOR.matcher(lower).matches()) {
            throw new IllegalArgumentException(field + " '" + value + "' must be a hex colour (#rrggbb or #rgb)");
        }
        return lower.length() == 4
                ? "#" + lower.charAt(1) + lower.charAt(1) + lower.charAt(2) + lower.charAt(2) + lower.charAt(3) + lower.charAt(3)
                : lower;
    }

    /** An https URL or a path on this server, of plain URL characters only (no quotes, spaces or brackets). */
    private static String url(String field, String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String url = value.strip();
        boolean path = url.startsWith("/") && !url.startsWith("//");
        boolean ok = url.length() <= MAX_URL_LENGTH && URL_TEXT.matcher(url).matches();
        if (ok && !path) {
            try {
                URI uri = new URI(url);
                ok = "https".equals(uri.getScheme()) && uri.getHost() != null;
            } catch (java.net.URISyntaxException e) {
                ok = false;
            }
        }
        if (!ok) {
            throw new IllegalArgumentException(field + " '" + url + "' must be an https:// URL or a path starting with /");
        }
        return url;
    }

    private static String origin(String value) {
        String origin = Objects.requireNonNull(value, "frame origin").strip().toLowerCase(Locale.ROOT);
        if (!ORIGIN.matcher(origin).matches()) {
            throw new IllegalArgumentException("frame origin '" + value + "' must be scheme://host[:port], like https://www.casino.example");
        }
        return origin;
    }

    private static void language(String language, String field) {
        if (!LANGUAGE.matcher(language).matches()) {
            throw new IllegalArgumentException(field + ": '" + language + "' is not an ISO 639-1 code");
        }
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> suggestions) {
        Map<String, List<String>> copy = new HashMap<>();
        suggestions.forEach((language, questions) -> {
            language(language, "suggestions");
            List<String> list = List.copyOf(questions);
            if (list.isEmpty() || list.size() > MAX_SUGGESTIONS) {
                throw new IllegalArgumentException("suggestions." + language + " must hold 1 to " + MAX_SUGGESTIONS + " questions");
            }
            for (String question : list) {
                if (question.isBlank() || question.length() > MAX_SUGGESTION_LENGTH) {
                    throw new IllegalArgumentException("suggestions." + language + ": each must be 1 to " + MAX_SUGGESTION_LENGTH
                            + " characters");
                }
            }
            copy.put(language, list);
        });
        return Map.copyOf(copy);
    }
}
