package ai.heyseven.adapter.http;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The chat page at {@code GET /} and its credential: a short-lived token limited to the page's
 * calls ({@code /v1/chat}, {@code /v1/feedback}) for one casino, issued for the page's origin.
 *
 * @param tokenSecret signs the tokens (fleet-wide, so any instance accepts any instance's token);
 *     none: the page is served but no token is issued
 * @param origins origins besides the server's own that may ask for a token (a casino's site)
 * @param casinos the properties the page offers, id to name, read when the page is served
 */
public record ChatPage(Rotating<WebhookSecret> tokenSecret, Set<String> origins, Supplier<Map<String, String>> casinos,
        Duration tokenLifetime) {
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofMinutes(15);

    public ChatPage {
        Objects.requireNonNull(tokenSecret, "tokenSecret");
        origins = Set.copyOf(origins);
        Objects.requireNonNull(casinos, "casinos");
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("tokenLifetime must be positive");
        }
    }

    /** No page credential and no properties: the page says it cannot chat. */
    public static ChatPage off() {
        return new ChatPage(Rotating.none(), Set.of(), Map::of, DEFAULT_TOKEN_LIFETIME);
    }
}
