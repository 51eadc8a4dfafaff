package ai.heyseven.adapter.firestore;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An emulator and one connection to it for a test class:
 * {@code @RegisterExtension static final FirestoreExtension FIRESTORE = new FirestoreExtension();}
 */
final class FirestoreExtension implements BeforeAllCallback, AfterAllCallback {
    private FirestoreEmulator emulator;
    private FirestoreConnection connection;

    @Override
    public void beforeAll(ExtensionContext context) {
        emulator = FirestoreEmulator.start();
        connection = FirestoreConnection.open(emulator.settings());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        connection.close();
        emulator.close();
    }

    FirestoreEmulator emulator() {
        return emulator;
    }

    FirestoreConnection connection() {
        return connection;
    }
}
