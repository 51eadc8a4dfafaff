package ai.heyseven.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.desk.StaffMember;
import ai.heyseven.ports.desk.StaffRole;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffKeysTest {
    private static final String KEY = "ops-automation-key-0001";

    @Test
    void aKeyNamedSeveralTimesIsOneMemberWithEveryRoleAtEveryCasino() {
        StaffKeys keys = StaffKeys.parse("host:" + KEY + "@aurora-palms, compliance:" + KEY + "@aurora-palms\nadmin:" + KEY
                + "@harbor-lights,host:another-key-of-staff-1@aurora-palms");
        StaffMember member = keys.authenticate(KEY).orElseThrow();
        assertEquals(Map.of("aurora-palms", Set.of(StaffRole.HOST, StaffRole.COMPLIANCE), "harbor-lights", Set.of(StaffRole.ADMIN)),
                member.roles());
        assertTrue(member.id().matches("staff-key:[0-9a-f]{16}"), member.id());
        assertFalse(member.id().contains(KEY));
        assertEquals("automation (host, compliance, admin)", member.name());
        assertEquals(Map.of("aurora-palms", Set.of(StaffRole.HOST)), keys.authenticate("another-key-of-staff-1").orElseThrow().roles());
        assertTrue(keys.authenticate("ops-automation-key-0002").isEmpty());
        assertTrue(keys.authenticate("").isEmpty());
    }

    @Test
    void aMalformedEntryIsRefusedWithoutQuotingAnyKey() {
        for (String bad : new String[] {"host:" + KEY, KEY + "@aurora-palms", "croupier:" + KEY + "@aurora-palms", "host:short@aurora-palms",
            "host:" + KEY + "@"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StaffKeys.parse(bad), bad);
            assertFalse(e.getMessage().contains(KEY), e.getMessage());
        }
    }
}
