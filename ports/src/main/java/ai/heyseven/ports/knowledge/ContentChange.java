package ai.heyseven.ports.knowledge;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A change of one knowledge item announced by the property's CMS. */
public sealed interface ContentChange {

    /** The casino whose knowledge changes. */
    String casinoId();

    /** The item that changes. */
    String itemId();

    /** An item is new or changed. */
    record Upserted(KnowledgeItem item, Optional<Instant> updatedAt) implements ContentChange {
        public Upserted {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(updatedAt, "updatedAt");
        }

        @Override
        public String casinoId() {
            return item.casinoId();
        }

        @Override
        public String itemId() {
            return item.id();
        }
    }

    /** An item is gone. */
    record Deleted(String casinoId, String itemId) implements ContentChange {
        public Deleted {
            if (casinoId == null || casinoId.isBlank() || itemId == null || itemId.isBlank()) {
                throw new IllegalArgumentException("a deletion names a casino and an item");
            }
        }
    }
}
