package ai.heyseven.adapter.http;

import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.casino.CasinoConfigSource;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The chat page and its credential: each property's own page at {@code GET /c/{casino_id}}
 * (branded by its {@link ai.heyseven.ports.casino.Branding}), a page with a property picker at
 * {@code GET /} in development only, and a short-lived token limited to the page's calls
 * ({@code /v1/chat}, {@code /v1/feedback}) for one casino, issued for the page's origin.
 *
 * @param tokenSecret signs the tokens (fleet-wide, so any instance accepts any instance's token);
 *     none: the page is served but no token is issued
 * @param origins origins besides the server's own that may ask for a token (a casino's site)
 * @param casinos the properties the pages show, read when a page is served
 * @param picker whether {@code GET /} serves the page with every property in a picker (development);
 *     otherwise it is a 404 and each property has only its own page
 */
public record ChatPage(Rotating<WebhookSecret> tokenSecret, Set<String> origins, CasinoConfigSource casinos, boolean picker,
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
        return new ChatPage(Rotating.none(), Set.of(), new CasinoConfigSource() {
            @Override
            public Optional<CasinoConfig> find(String casinoId) {
                return Optional.empty();
            }

            @Override
            public List<CasinoConfig> all() {
                return List.of();
            }
        }, false, DEFAULT_TOKEN_LIFETIME);
    }
}
