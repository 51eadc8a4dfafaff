package ai.heyseven.adapter.http;

import io.javalin.http.Context;
import java.util.Optional;

/** Checks {@code X-API-Key} on every {@code /v1/*} route and remembers the key's scope for the handler. */
final class Authentication {
    static final String HEADER = "X-API-Key";
    private static final String ATTRIBUTE = "heyseven.api-scope";

    private final Rotating<ApiKeys> keys;

    Authentication(Rotating<ApiKeys> keys) {
        this.keys = keys;
    }

    void check(Context ctx) {
        String presented = ctx.header(HEADER);
        if (presented == null || presented.isEmpty()) {
            throw HttpProblem.unauthorized("send your API key in the X-API-Key header");
        }
        ApiKeys.Scope scope = keys.valid().stream().map(valid -> valid.authenticate(presented)).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> HttpProblem.unauthorized("the API key is not valid"));
        ctx.attribute(ATTRIBUTE, scope);
    }

    static ApiKeys.Scope scope(Context ctx) {
        ApiKeys.Scope scope = ctx.attribute(ATTRIBUTE);
        if (scope == null) {
            throw new IllegalStateException("route " + ctx.path() + " was reached without authentication");
        }
        return scope;
    }
}
