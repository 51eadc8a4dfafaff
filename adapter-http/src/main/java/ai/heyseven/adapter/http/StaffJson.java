package ai.heyseven.adapter.http;

import ai.heyseven.ports.desk.StaffMember;
import ai.heyseven.ports.desk.StaffRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The wire form of a member of staff: {@code {"id","name","roles":{"<casino_id>":["host",…]}}}. */
final class StaffJson {
    private StaffJson() {
    }

    static Map<String, Object> member(StaffMember member) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", member.id());
        body.put("name", member.name());
        body.put("roles", roles(member));
        return body;
    }

    static Map<String, List<String>> roles(StaffMember member) {
        Map<String, List<String>> roles = new TreeMap<>();
        member.roles().forEach((casino, held) -> roles.put(casino, held.stream().sorted().map(StaffRole::wireName).toList()));
        return roles;
    }
}
