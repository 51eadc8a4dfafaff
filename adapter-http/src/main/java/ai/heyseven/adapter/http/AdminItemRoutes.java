package ai.heyseven.adapter.http;

import ai.heyseven.ports.desk.StaffMember;
import ai.heyseven.ports.desk.StaffRole;
import ai.heyseven.ports.knowledge.ContentChange;
import ai.heyseven.ports.knowledge.ContentRejectedException;
import ai.heyseven.ports.knowledge.IngestOutcome;
import ai.heyseven.ports.knowledge.KnowledgeUpdates;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A casino admin loads the property's items: {@code POST /v1/casinos/{casino_id}/items} takes a JSON
 * array of items in the CMS webhook's item format, {@code PUT …/items/{item_id}} one item. Both go
 * through the same screening, versioning and audit as the CMS webhook, recorded under the admin's id.
 * A malformed item refuses the whole import before anything is applied; an item the screening
 * refuses is reported with its reason and the others are applied.
 */
final class AdminItemRoutes {
    static final int MAX_IMPORT_BYTES = 4 * 1024 * 1024;
    static final int MAX_ITEMS = 1_000;

    private final KnowledgeUpdates updates;

    AdminItemRoutes(KnowledgeUpdates updates) {
        this.updates = updates;
    }

    void importItems(Context ctx) {
        StaffMember admin = StaffAuthentication.member(ctx);
        String casino = requireAdmin(admin, ctx);
        Bodies.requireJson(ctx);
        JsonNode items = array(Bodies.read(ctx, MAX_IMPORT_BYTES));
        List<ContentChange> changes = new ArrayList<>();
        items.forEach(item -> changes.add(CmsBody.upserted(casino, item)));
        List<Map<String, Object>> results = new ArrayList<>();
        for (ContentChange change : changes) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("item_id", change.itemId());
            try {
                result.put("status", updates.apply(change, admin.id()).wireName());
            } catch (ContentRejectedException e) {
                result.put("status", "rejected");
                result.put("reason", e.reason());
                result.put("detail", e.getMessage());
            }
            results.add(result);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("casino_id", casino);
        answer.put("items", results);
        ctx.status(200).contentType("application/json").result(Json.write(answer));
    }

    void putItem(Context ctx) {
        StaffMember admin = StaffAuthentication.member(ctx);
        String casino = requireAdmin(admin, ctx);
        Bodies.requireJson(ctx);
        JsonNode item = Bodies.object(Bodies.read(ctx, CmsWebhookRoute.MAX_BODY_BYTES));
        String itemId = ctx.pathParam("item_id");
        if (!itemId.equals(item.path("id").asText(itemId))) {
            throw HttpProblem.badRequest("the item's id '" + item.path("id").asText() + "' is not the path's '" + itemId + "'");
        }
        if (!item.has("id")) {
            ((ObjectNode) item).put("id", itemId);
        }
        ContentChange change = CmsBody.upserted(casino, item);
        IngestOutcome outcome;
        try {
            outcome = updates.apply(change, admin.id());
        } catch (ContentRejectedException e) {
            throw HttpProblem.contentRefused(e.reason(), e.getMessage());
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", outcome.wireName());
        answer.put("casino_id", casino);
        answer.put("item_id", change.itemId());
        ctx.status(200).contentType("application/json").result(Json.write(answer));
    }

    private static String requireAdmin(StaffMember staff, Context ctx) {
        String casino = CaseRoutes.casino(ctx);
        if (!staff.holds(StaffRole.ADMIN, casino)) {
            throw HttpProblem.forbidden("you are not an admin of " + casino);
        }
        return casino;
    }

    private static JsonNode array(byte[] body) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw HttpProblem.badRequest("the body is not JSON");
        }
        if (root == null || !root.isArray() || root.isEmpty()) {
            throw HttpProblem.badRequest("the body must be a non-empty JSON array of items");
        }
        if (root.size() > MAX_ITEMS) {
            throw HttpProblem.badRequest("an import holds at most " + MAX_ITEMS + " items, not " + root.size());
        }
        return root;
    }
}
