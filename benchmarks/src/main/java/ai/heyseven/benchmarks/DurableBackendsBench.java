package ai.heyseven.benchmarks;

import ai.heyseven.adapter.firestore.FirestoreBackend;
import ai.heyseven.adapter.firestore.FirestoreEmulator;
import ai.heyseven.adapter.local.InMemoryGuestProfiles;
import ai.heyseven.adapter.local.PropertyFiles;
import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.casino.CasinoConfigSource;
import ai.heyseven.ports.guest.GuestProfile;
import ai.heyseven.ports.guest.GuestProfileStore;
import ai.heyseven.ports.guest.ProfileField;
import ai.heyseven.ports.guest.ProfileValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A guest profile read and merge, and a cached casino configuration read, against Google's
 * Firestore emulator on loopback (started by the benchmark) and the local adapters, in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(1)
@Threads(4)
public class DurableBackendsBench {
    @Param({"local", "firestore"})
    public String backend;

    private FirestoreEmulator emulator;
    private FirestoreBackend firestore;
    private GuestProfileStore profiles;
    private CasinoConfigSource configs;
    private final Map<ProfileField, ProfileValue> change = Map.of(ProfileField.PARTY_SIZE,
            new ProfileValue("6", ProfileValue.Source.GUEST, Instant.parse("2026-11-24T20:00:00Z")));

    @Setup(Level.Trial)
    public void start() {
        PropertyFiles samples = PropertyFiles.bundled();
        if (backend.equals("firestore")) {
            emulator = FirestoreEmulator.start();
            firestore = FirestoreBackend.open(emulator.settings(), Duration.ofSeconds(1));
            firestore.seedMissing(samples.all(), casino -> List.of());
            profiles = firestore.ports().guestProfiles();
            configs = firestore.ports().casinoConfigs();
        } else {
            profiles = new InMemoryGuestProfiles(100_000);
            configs = samples;
        }
        profiles.merge("aurora-palms", "bench-guest", Map.of(
                ProfileField.NAME, new ProfileValue("Ana Lima", ProfileValue.Source.CRM, Instant.parse("2026-11-01T10:00:00Z")),
                ProfileField.DIETARY, new ProfileValue("vegetarian", ProfileValue.Source.GUEST, Instant.parse("2026-11-20T19:00:00Z"))));
    }

    @TearDown(Level.Trial)
    public void stop() {
        if (emulator != null) {
            firestore.close();
            emulator.close();
        }
    }

    @Benchmark
    public GuestProfile profileRead() {
        return profiles.find("aurora-palms", "bench-guest").orElseThrow();
    }

    @Benchmark
    public Map<ProfileField, ProfileValue> profileMerge() {
        profiles.merge("aurora-palms", "bench-guest", change);
        return change;
    }

    @Benchmark
    public CasinoConfig cachedConfigRead() {
        return configs.find("aurora-palms").orElseThrow();
    }
}
