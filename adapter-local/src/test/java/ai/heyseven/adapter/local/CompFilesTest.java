package ai.heyseven.adapter.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.comps.CompKind;
import ai.heyseven.ports.comps.CompPolicy;
import ai.heyseven.ports.comps.Occasion;
import ai.heyseven.ports.comps.PlayerAccount;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompFilesTest {

    @Test
    void theBundledAuroraPalmsHasAGoldAPlatinumAndABronzeGuestAndItsPolicy() {
        PropertyFiles bundled = PropertyFiles.bundled();

        assertEquals("Gold", bundled.players().account("aurora-palms", "guest-gold").map(PlayerAccount::tier).orElseThrow());
        assertEquals("Platinum", bundled.players().account("aurora-palms", "guest-platinum").map(PlayerAccount::tier).orElseThrow());
        assertEquals("Bronze", bundled.players().account("aurora-palms", "guest-bronze").map(PlayerAccount::tier).orElseThrow());
        CompPolicy policy = bundled.compPolicies().policy("aurora-palms").orElseThrow();
        assertEquals(300, policy.approvalAbove());
        assertEquals(1.25, policy.occasionMultipliers().get(Occasion.ANNIVERSARY));
        assertEquals(200L, policy.rowFor("Gold", 400).orElseThrow().amounts().get(CompKind.ROOM_NIGHT));
        assertTrue(bundled.compPolicies().policy("harbor-lights").isEmpty(), "a casino without a comps file offers no comps");
    }

    @Test
    void aDirectoryOfPropertiesReadsTheCompsFileBesideThem(@TempDir Path directory) throws Exception {
        String property = new String(PropertyFiles.class.getResourceAsStream("/ai/heyseven/adapter/local/properties/aurora-palms.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("aurora-palms.json"), property);
        Files.createDirectories(directory.resolve("comps"));
        Files.writeString(directory.resolve("comps/aurora-palms.json"), CompFileJson.of("aurora-palms", null,
                java.util.List.of(ai.heyseven.ports.contract.PlayerTrackingContract.gold("g-1"))));

        PropertyFiles files = PropertyFiles.fromDirectory(directory);

        assertEquals("Gold", files.players().account("aurora-palms", "g-1").orElseThrow().tier());
        assertTrue(files.compPolicies().policy("aurora-palms").isEmpty(), "a comps file without a policy offers nothing");
    }

    @Test
    void anInvalidCompsFileFailsTheStartNamingTheFile() {
        String typo = "{\"casino_id\": \"aurora-palms\", \"policy\": {\"currency\": \"USD\", \"approval_above\": 300, "
                + "\"occasion_multipliers\": {\"anniversary\": 125}, \"tiers\": []}}";

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> new CompFiles().add("aurora-palms", "comps/aurora-palms.json", typo));

        assertTrue(failure.getMessage().contains("comps/aurora-palms.json") && failure.getMessage().contains("anniversary"),
                failure.getMessage());
        assertThrows(IllegalStateException.class, () -> new CompFiles().add("harbor-lights", "comps/x.json",
                CompFileJson.of("aurora-palms", null, java.util.List.of())), "a file describing another casino");
    }
}
