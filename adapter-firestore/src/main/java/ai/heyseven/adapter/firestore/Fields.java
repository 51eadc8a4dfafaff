package ai.heyseven.adapter.firestore;

import com.google.api.gax.rpc.ApiException;
import com.google.api.gax.rpc.StatusCode;
import com.google.cloud.Timestamp;
import com.google.cloud.firestore.DocumentSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Reading typed fields of a document strictly: a field of the wrong type is an error naming it, never a guess. */
final class Fields {
    private Fields() {
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.ofTimeSecondsAndNanos(instant.getEpochSecond(), instant.getNano());
    }

    static Instant instant(Timestamp timestamp) {
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    }

    /** The text at {@code field}; {@code fallback} when absent. */
    static String text(DocumentSnapshot document, String field, String fallback) {
        Object value = document.get(field);
        if (value == null) {
            return fallback;
        }
        if (value instanceof String text) {
            return text;
        }
        throw wrongType(document, field, "text");
    }

    static String requiredText(DocumentSnapshot document, String field) {
        String text = text(document, field, "");
        if (text.isBlank()) {
            throw new IllegalArgumentException(document.getReference().getPath() + ": " + field + " is missing");
        }
        return text;
    }

    static List<String> texts(DocumentSnapshot document, String field) {
        Object value = document.get(field);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        throw wrongType(document, field, "a list of text");
    }

    /** A map whose values are all of {@code type}; empty when absent. */
    static <V> Map<String, V> map(DocumentSnapshot document, String field, Class<V> type) {
        Object value = document.get(field);
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> map && map.values().stream().allMatch(type::isInstance)) {
            @SuppressWarnings("unchecked")
            Map<String, V> typed = (Map<String, V>) map;
            return Map.copyOf(typed);
        }
        throw wrongType(document, field, "a map of " + type.getSimpleName());
    }

    /** A list of maps (records), each read by the caller; empty when absent. */
    static List<Map<?, ?>> maps(DocumentSnapshot document, String field) {
        Object value = document.get(field);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list && list.stream().allMatch(Map.class::isInstance)) {
            return list.stream().<Map<?, ?>>map(Map.class::cast).toList();
        }
        throw wrongType(document, field, "a list of maps");
    }

    /** Whether a write failed because the document it was to create exists. */
    static boolean alreadyExists(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException api && api.getStatusCode().getCode() == StatusCode.Code.ALREADY_EXISTS) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a write with a precondition failed because another write came first (or the document went):
     * the caller reads again and retries.
     */
    static boolean lostRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException api && switch (api.getStatusCode().getCode()) {
                case FAILED_PRECONDITION, ABORTED, NOT_FOUND -> true;
                default -> false;
            }) {
                return true;
            }
        }
        return false;
    }

    private static IllegalArgumentException wrongType(DocumentSnapshot document, String field, String expected) {
        return new IllegalArgumentException(document.getReference().getPath() + ": " + field + " must be " + expected);
    }
}
