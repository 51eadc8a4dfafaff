package ai.heyseven.adapter.http;

import io.javalin.security.RouteRole;
import java.util.Set;

/**
 * Who may call a route. Every route in {@link HttpServer}'s table declares exactly one, beside its
 * path; {@link AccessCheck} reads the matched route's and nothing else decides access.
 */
enum Access implements RouteRole {
    /** Anyone, without a credential or a budget: the probes, the metrics, the API's description, the chat page and its assets. */
    PUBLIC,
    /** Anyone, on the budget of the client address: the chat page's token request, which its handler checks by origin. */
    PAGE_ORIGIN,
    /** An API key in {@code X-API-Key}, on the key's budget. */
    API_KEY,
    /** An API key, or the chat page's token ({@code Authorization: Bearer}): the page's own calls. */
    PAGE_TOKEN_OR_API_KEY,
    /** No key and no budget: the handler checks the sender's signature (the CMS and SMS webhooks). */
    SIGNED,
    /**
     * Staff: a staff key in {@code X-API-Key}, or the desk's session cookie (a change also with
     * {@code X-Desk: 1}); a guest's key or a page token is 403. The handler checks the member's role
     * at the casino the path names.
     */
    STAFF;

    /** The one access kind the route declares; a route with none or several is a programmer error. */
    static Access of(Set<? extends RouteRole> roles, String route) {
        if (roles.size() != 1 || !(roles.iterator().next() instanceof Access access)) {
            throw new IllegalStateException("route " + route + " must declare exactly one Access, not " + roles);
        }
        return access;
    }
}
