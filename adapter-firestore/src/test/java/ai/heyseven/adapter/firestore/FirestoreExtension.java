package ai.heyseven.adapter.firestore;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An emulator and one connection to it for a test class:
 * {@code @RegisterExtension static final FirestoreExtension FIRESTORE = new FirestoreExtension();}
 * JUnit calls it again for each {@code @Nested} class; those share the outer class's emulator,
 * which is stopped when the outer class is done (starting one per nested class left the first
 * running after the build).
 */
final class FirestoreExtension implements BeforeAllCallback, AfterAllCallback {
    private FirestoreEmulator emulator;
    private FirestoreConnection connection;
    private String owner;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (owner == null) {
            owner = context.getUniqueId();
            emulator = FirestoreEmulator.start();
            connection = FirestoreConnection.open(emulator.settings());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (context.getUniqueId().equals(owner)) {
            owner = null;
            connection.close();
            emulator.close();
        }
    }

    FirestoreEmulator emulator() {
        return emulator;
    }

    FirestoreConnection connection() {
        return connection;
    }
}
