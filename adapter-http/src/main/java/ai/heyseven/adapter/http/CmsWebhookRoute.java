package ai.heyseven.adapter.http;

import ai.heyseven.ports.knowledge.ContentChange;
import ai.heyseven.ports.knowledge.ContentRejectedException;
import ai.heyseven.ports.knowledge.IngestOutcome;
import ai.heyseven.ports.knowledge.KnowledgeUpdates;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /v1/webhooks/cms}: a content change from the property's CMS, signed with HMAC-SHA256
 * over the raw body in {@code X-Signature: sha256=<hex>}.
 *
 * <p>The order of the checks decides what the sender does next: a body that is not JSON is 400
 * (resending it cannot help, so the CMS stops); a signature that does not match is 401; an item
 * that breaks the format is 400; a store that fails or times out is 503, so the CMS retries —
 * which is safe, because a change applied twice changes nothing the second time.
 */
final class CmsWebhookRoute implements Handler {
    static final String SIGNATURE_HEADER = "X-Signature";
    static final int MAX_BODY_BYTES = 256 * 1024;

    private final KnowledgeUpdates updates;
    private final Rotating<WebhookSecret> secret;

    CmsWebhookRoute(KnowledgeUpdates updates, Rotating<WebhookSecret> secret) {
        this.updates = updates;
        this.secret = secret;
    }

    @Override
    public void handle(Context ctx) {
        List<WebhookSecret> keys = secret.valid();
        if (keys.isEmpty()) {
            throw HttpProblem.badSignature("this server has no CMS secret (HEYSEVEN_CMS_SECRET), so it refuses every CMS call");
        }
        Bodies.requireJson(ctx);
        byte[] body = Bodies.read(ctx, MAX_BODY_BYTES);
        JsonNode root = Bodies.object(body);
        if (keys.stream().noneMatch(key -> key.verifies(ctx.header(SIGNATURE_HEADER), body))) {
            throw HttpProblem.badSignature("X-Signature must be sha256=<hex HMAC-SHA256 of the raw body with the CMS secret>");
        }
        ContentChange change = CmsBody.parse(root);
        IngestOutcome outcome;
        try {
            outcome = updates.apply(change);
        } catch (ContentRejectedException e) {
            throw HttpProblem.contentRefused(e.reason(), e.getMessage());
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", outcome.wireName());
        answer.put("casino_id", change.casinoId());
        answer.put("item_id", change.itemId());
        ctx.status(200).contentType("application/json").result(Json.write(answer));
    }
}
