package ai.heyseven.app.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import ai.heyseven.ports.telemetry.Measurement;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MeasurementMetersTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MeasurementMeters meters = new MeasurementMeters(registry);

    @Test
    void theSameLabelsRecordIntoOneMeterBuiltOnce() {
        meters.record(new Measurement.NodeRan("retrieve", Duration.ofMillis(2)));
        int cached = meters.cachedMeters();
        meters.record(new Measurement.NodeRan("retrieve", Duration.ofMillis(4)));
        assertEquals(cached, meters.cachedMeters());
        assertEquals(2, registry.get("heyseven.node.duration").tag("node", "retrieve").timer().count());
        assertEquals(6, registry.get("heyseven.node.duration").tag("node", "retrieve").timer().totalTime(TimeUnit.MILLISECONDS));

        meters.record(new Measurement.NodeRan("validate", Duration.ofMillis(1)));
        assertEquals(cached + 1, meters.cachedMeters());
        assertEquals(1, registry.get("heyseven.node.duration").tag("node", "validate").timer().count());
        assertSame(registry.get("heyseven.node.duration").tag("node", "retrieve").timer(),
                registry.find("heyseven.node.duration").tag("node", "retrieve").timer());
    }

    @Test
    void pastItsBoundTheCacheStopsGrowingAndEveryMeasurementStillCounts() {
        for (int i = 0; i < MeasurementMeters.MAX_CACHED + 10; i++) {
            meters.record(new Measurement.NodeRan("node-" + i, Duration.ofMillis(1)));
        }
        assertEquals(MeasurementMeters.MAX_CACHED, meters.cachedMeters());
        String last = "node-" + (MeasurementMeters.MAX_CACHED + 9);
        meters.record(new Measurement.NodeRan(last, Duration.ofMillis(1)));
        assertEquals(2, registry.get("heyseven.node.duration").tag("node", last).timer().count());
    }
}
