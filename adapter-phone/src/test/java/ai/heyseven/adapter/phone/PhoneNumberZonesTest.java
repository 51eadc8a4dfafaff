package ai.heyseven.adapter.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhoneNumberZonesTest {
    private final PhoneNumberZones zones = new PhoneNumberZones();

    @Test
    void aLasVegasNumberIsOnPacificTime() {
        assertEquals(List.of(ZoneId.of("America/Los_Angeles")), zones.zones("+17025550142"));
    }

    @Test
    void aNumberItCannotPlaceHasNoZone() {
        assertTrue(zones.zones("+999123").isEmpty());
        assertTrue(zones.zones("not a number").isEmpty());
    }
}
