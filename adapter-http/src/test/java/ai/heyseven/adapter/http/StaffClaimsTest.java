package ai.heyseven.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.heyseven.ports.desk.StaffRole;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffClaimsTest {

    @Test
    void rolesComeAsAListOrOneStringAndWhatIsNotUnderstoodGivesNothing() {
        assertEquals(Map.of("aurora-palms", Set.of(StaffRole.HOST, StaffRole.ADMIN)),
                StaffClaims.roles(List.of("host@aurora-palms", "admin@aurora-palms", "croupier@aurora-palms", "host@", "@aurora-palms", 7)));
        assertEquals(Map.of("aurora-palms", Set.of(StaffRole.COMPLIANCE), "harbor-lights", Set.of(StaffRole.HOST)),
                StaffClaims.roles("compliance@aurora-palms host@harbor-lights,"));
        assertEquals(Map.of(), StaffClaims.roles(null));
        assertEquals(Map.of(), StaffClaims.roles(Map.of("host", "aurora-palms")));
    }
}
