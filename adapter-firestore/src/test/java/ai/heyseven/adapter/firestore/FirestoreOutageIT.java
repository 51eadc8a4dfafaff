package ai.heyseven.adapter.firestore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.guest.GuestProfileStoreException;
import ai.heyseven.ports.guest.ProfileField;
import ai.heyseven.ports.guest.ProfileValue;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Firestore going away and coming back: failures are the port's exception within the deadline, and it recovers by itself. */
class FirestoreOutageIT {

    @Test
    void callsFailWithinTheDeadlineWhileItIsDownAndWorkAgainWhenItIsBack() {
        try (FirestoreEmulator emulator = FirestoreEmulator.start();
                FirestoreConnection connection = FirestoreConnection.open(new FirestoreSettings(FirestoreEmulator.PROJECT, "(default)",
                        Optional.of(emulator.host()), Duration.ofSeconds(2), Duration.ofSeconds(1)));
                FirestoreCasinoConfigs configs = new FirestoreCasinoConfigs(connection)) {
            FirestoreGuestProfiles profiles = new FirestoreGuestProfiles(connection);
            FirestoreHealthCheck health = new FirestoreHealthCheck(connection, configs);
            configs.createIfAbsent(new CasinoConfig("aurora-palms", "Aurora Palms", ZoneId.of("America/Los_Angeles"), "",
                    List.of("en"), List.of(), Map.of()));
            assertTrue(health.check().up());
            assertTrue(configs.find("aurora-palms").isPresent());

            emulator.kill();
            long started = System.nanoTime();
            assertThrows(GuestProfileStoreException.class, () -> profiles.merge("aurora-palms", "g-1",
                    Map.of(ProfileField.NAME, new ProfileValue("Ana", ProfileValue.Source.GUEST, Instant.now()))));
            assertFalse(health.check().up());
            assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 6_000, "two calls, each within its 2 s deadline");
            assertEquals("Aurora Palms", configs.find("aurora-palms").orElseThrow().displayName(), "the cached configuration is still served");

            emulator.restart();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!health.check().up() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertTrue(health.check().up(), "recovered without a restart of the client");
            profiles.merge("aurora-palms", "g-1", Map.of(ProfileField.NAME, new ProfileValue("Ana", ProfileValue.Source.GUEST, Instant.now())));
            assertEquals("Ana", profiles.find("aurora-palms", "g-1").orElseThrow().get(ProfileField.NAME).orElseThrow().value());
        }
    }
}
