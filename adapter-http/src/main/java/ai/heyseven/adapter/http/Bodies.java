package ai.heyseven.adapter.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/** Reading request bodies: bounded in size, JSON objects only, each wrong field named in a 400. */
final class Bodies {
    /** How much of an oversized body is read and dropped before answering 413. */
    static final long MAX_DRAINED_BYTES = 1024 * 1024;

    private Bodies() {
    }

    /** Refuses a body that is not declared as JSON with 415. */
    static void requireJson(Context ctx) {
        String type = ctx.header("Content-Type");
        String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json")) {
            throw HttpProblem.unsupportedMediaType(type == null ? "(none)" : type);
        }
    }

    /**
     * Reads at most {@code maxBytes}. A longer body is refused with 413; up to
     * {@link #MAX_DRAINED_BYTES} of it are read and dropped first, so a client still sending gets
     * its answer instead of a reset connection.
     */
    static byte[] read(Context ctx, int maxBytes) {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                in.skipNBytes(Math.min(MAX_DRAINED_BYTES, Math.max(0, ctx.req().getContentLengthLong() - body.length)));
                throw HttpProblem.tooLarge(maxBytes);
            }
            return body;
        } catch (EOFException e) {
            throw HttpProblem.tooLarge(maxBytes);
        } catch (IOException e) {
            throw HttpProblem.badRequest("the body could not be read");
        }
    }

    /** The body as a JSON object; 400 when it is not valid JSON or not an object. */
    static JsonNode object(byte[] body) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw HttpProblem.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw HttpProblem.badRequest("the body could not be read");
        }
        if (root == null || !root.isObject()) {
            throw HttpProblem.badRequest("the body must be a JSON object");
        }
        return root;
    }

    /** A JSON object body of at most {@code maxBytes} with only the {@code allowed} fields. */
    static JsonNode fields(Context ctx, int maxBytes, Set<String> allowed) {
        requireJson(ctx);
        JsonNode body = object(read(ctx, maxBytes));
        onlyFields(body, allowed, "");
        return body;
    }

    /** Refuses a field of {@code object} that is not one of {@code allowed}, naming it. */
    static void onlyFields(JsonNode object, Set<String> allowed, String where) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw HttpProblem.badRequest("unknown field '" + name + "'" + where + "; expected " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    /** A string field; null when absent and not required. */
    static String text(JsonNode object, String field, boolean required) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw HttpProblem.badRequest("'" + field + "' is required");
            }
            return null;
        }
        if (!node.isTextual()) {
            throw HttpProblem.badRequest("'" + field + "' must be a string, not " + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return node.textValue();
    }
}
