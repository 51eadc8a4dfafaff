package ai.heyseven.ports.concierge;

import java.util.Objects;

/** A knowledge item an answer used, as the guest sees it in {@code sources}. */
public record SourceRef(String id, String title, String category) {
    public SourceRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
    }
}
