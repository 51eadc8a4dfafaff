package ai.heyseven.adapter.http;

import ai.heyseven.ports.feedback.GuestFeedback;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /v1/feedback}: {@code {"thread_id", "rating": 1..5, "comment"?}} → 202. A thread the
 * caller's key (or page token) may not touch is as unknown as one that never was: 404.
 */
final class FeedbackRoute implements Handler {
    private static final int MAX_BODY_BYTES = 16 * 1024;
    private static final Set<String> FIELDS = Set.of("thread_id", "rating", "comment");

    private final GuestFeedback feedback;

    FeedbackRoute(GuestFeedback feedback) {
        this.feedback = feedback;
    }

    @Override
    public void handle(Context ctx) {
        JsonNode body = Bodies.fields(ctx, MAX_BODY_BYTES, FIELDS);
        String threadId = Bodies.text(body, "thread_id", true);
        JsonNode rating = body.get("rating");
        if (rating == null || !rating.canConvertToInt() || !rating.isIntegralNumber()) {
            throw HttpProblem.badRequest("'rating' must be a whole number from 1 to 5");
        }
        String comment = Bodies.text(body, "comment", false);
        Optional<String> casino;
        try {
            casino = feedback.give(threadId, rating.intValue(), comment, Optional.ofNullable(Authentication.scope(ctx).casinoId()));
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest(e.getMessage());
        }
        String casinoId = casino.orElseThrow(() -> HttpProblem.notFound("unknown-thread", "no conversation " + threadId + " is known to this key"));
        RequestLog.casino(casinoId);
        ctx.status(202).contentType("application/json").result(Json.write(Map.of("status", "recorded")));
    }
}
