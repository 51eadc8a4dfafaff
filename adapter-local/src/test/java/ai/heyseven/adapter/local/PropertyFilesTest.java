package ai.heyseven.adapter.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.casino.Branding;
import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.casino.CrisisLine;
import ai.heyseven.ports.concierge.GuestLanguage;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PropertyFilesTest {
    private final PropertyFiles files = PropertyFiles.bundled();

    @Test
    void shipsTwoPropertiesWithFortyItemsAcrossEveryCategory() {
        assertEquals(List.of("aurora-palms", "harbor-lights"), files.all().stream().map(CasinoConfig::id).sorted().toList());
        Set<Intent> categories = Arrays.stream(Intent.values()).filter(Intent::isItemCategory).collect(Collectors.toSet());
        for (CasinoConfig casino : files.all()) {
            List<KnowledgeItem> items = files.items(casino.id());
            assertTrue(items.size() >= 40, casino.id() + " has " + items.size() + " items");
            assertEquals(categories, items.stream().map(KnowledgeItem::category).collect(Collectors.toSet()));
            assertTrue(items.stream().allMatch(item -> item.casinoId().equals(casino.id())));
            assertTrue(items.stream().anyMatch(item -> !item.hours().days().isEmpty()));
        }
    }

    @Test
    void noRestaurantOrShowNameIsSharedBetweenProperties() {
        Set<String> aurora = new HashSet<>(names("aurora-palms"));
        List<String> shared = names("harbor-lights").stream().filter(aurora::contains).toList();
        // Generic service names ("Guest Wi-Fi", "How Comps Work") may repeat; venues must not.
        assertTrue(shared.stream().allMatch(name -> Set.of("Guest Wi-Fi", "How Comps Work", "Accessible Rooms", "Check-in and Check-out").contains(name)),
                "shared names: " + shared);
    }

    @Test
    void knowsEachPropertysTimeZoneAndSmsNumber() {
        CasinoConfig aurora = files.find("aurora-palms").orElseThrow();
        assertEquals("America/Los_Angeles", aurora.timeZone().getId());
        assertEquals(List.of("+17025550100"), aurora.smsNumbers());
        assertEquals(List.of("+12065550100"), files.find("harbor-lights").orElseThrow().smsNumbers());
    }

    @Test
    void readsEachPropertysCrisisLinesAndGivesTheUsLinesWhenNoneAreConfigured() {
        CasinoConfig aurora = files.find("aurora-palms").orElseThrow();
        assertEquals(new CrisisLine("Crisis Text Line", "", "741741", "HOME", false), aurora.crisisLines().get(1));
        assertEquals(CrisisLine.US, aurora.crisisLines());
        assertEquals(CrisisLine.US, files.find("harbor-lights").orElseThrow().crisisLines());
        String json = """
                {"casino": {"id": "x", "display_name": "X", "time_zone": "UTC",
                            "crisis_lines": [{"name": "Listening Line", "keyword": "HELLO"}]},
                 "items": []}
                """;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PropertyFiles.parse("x.json", json));
        assertTrue(e.getMessage().contains("Listening Line"), e.getMessage());
    }

    @Test
    void readsEachPropertysPageBrandingAndGivesHeySevensLookWhenNoneIsConfigured() {
        Branding aurora = files.find("aurora-palms").orElseThrow().branding();
        assertEquals("#0b5563", aurora.primaryColor());
        assertEquals("+1 702 555 0123", aurora.hostPhone());
        assertEquals(List.of("https://www.aurora-palms.example"), aurora.frameOrigins());
        for (String language : List.of("en", "es", "pt", "zh")) {
            assertEquals(4, aurora.suggestions().get(language).size(), language);
        }
        String json = """
                {"casino": {"id": "x", "display_name": "X", "time_zone": "UTC"}, "items": []}
                """;
        assertEquals(Branding.DEFAULT, PropertyFiles.parse("x.json", json).config().branding());
        assertEquals(Branding.DEFAULT_PRIMARY, Branding.DEFAULT.primaryColor());
    }

    @Test
    void refusesBrandingThatIsNotAColourAUrlOrAnOrigin() {
        for (String[] bad : new String[][] {
                {"\"primary_color\": \"red; background: url(https://evil.example)\"", "primary_color"},
                {"\"accent_color\": \"#12345g\"", "accent_color"},
                {"\"logo_url\": \"javascript:alert(1)\"", "logo_url"},
                {"\"logo_url\": \"https://cdn.example/logo.svg\\\" onerror=\\\"alert(1)\"", "logo_url"},
                {"\"favicon_url\": \"//evil.example/icon.ico\"", "favicon_url"},
                {"\"frame_origins\": [\"https://*.casino.example\"]", "frame origin"},
                {"\"frame_origins\": [\"https://www.casino.example/path\"]", "frame origin"},
                {"\"host_phone\": \"<b>call</b>\"", "host_phone"},
                {"\"suggestions\": {\"es\": [\"a\", \"b\", \"c\", \"d\", \"e\"]}", "suggestions.es"}}) {
            String json = "{\"casino\": {\"id\": \"x\", \"display_name\": \"X\", \"time_zone\": \"UTC\", \"branding\": {" + bad[0]
                    + "}}, \"items\": []}";
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> PropertyFiles.parse("x.json", json), bad[0]);
            assertTrue(e.getMessage().contains(bad[1]), e.getMessage());
        }
    }

    @Test
    void refusesAPropertyFileWithAnUnknownCategory() {
        String json = """
                {"casino": {"id": "x", "display_name": "X", "time_zone": "UTC"},
                 "items": [{"id": "a", "category": "spaceflight", "name": "Rocket", "description": "up"}]}
                """;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PropertyFiles.parse("x.json", json));
        assertTrue(e.getMessage().contains("spaceflight"));
    }

    @Test
    void readsEveryPropertyFileOfADirectory(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve("lakeside.json"), """
                {"casino": {"id": "lakeside", "display_name": "Lakeside", "time_zone": "America/Chicago"},
                 "items": [{"id": "dock-grill", "category": "dining", "name": "Dock Grill", "description": "Burgers",
                            "hours": {"mon": "11:00-21:00"}}]}
                """);
        Files.writeString(directory.resolve("notes.txt"), "not a property");
        PropertyFiles fromDisk = PropertyFiles.fromDirectory(directory);
        assertEquals(List.of("lakeside"), fromDisk.all().stream().map(CasinoConfig::id).toList());
        assertEquals("Dock Grill", fromDisk.items("lakeside").get(0).name());
        assertEquals("America/Chicago", fromDisk.find("lakeside").orElseThrow().timeZone().getId());
    }

    @Test
    void everySampleItemSpeaksSpanishPortugueseAndChinese() {
        for (CasinoConfig casino : files.all()) {
            for (KnowledgeItem item : files.items(casino.id())) {
                assertEquals(Set.of(GuestLanguage.ES, GuestLanguage.PT, GuestLanguage.ZH), item.translations().keySet(), item.id());
                for (GuestLanguage language : item.translations().keySet()) {
                    assertTrue(!item.description(language).equals(item.description()), item.id() + " " + language);
                    assertEquals(item.location().isEmpty(), item.location(language).isEmpty(), item.id() + " " + language);
                }
            }
        }
        KnowledgeItem buffet = files.items("aurora-palms").stream().filter(item -> item.id().equals("desert-bloom-buffet"))
                .findFirst().orElseThrow();
        assertEquals("Bufé Desert Bloom", buffet.name(GuestLanguage.ES));
        assertEquals("沙漠之花自助餐厅", buffet.name(GuestLanguage.ZH));
        assertTrue(buffet.description(GuestLanguage.PT).startsWith("Nove estações"), buffet.description(GuestLanguage.PT));
    }

    @Test
    void readsTranslationsAndLeavesAnUntranslatedFieldToTheDefault() {
        String json = """
                {"casino": {"id": "x", "display_name": "X", "time_zone": "UTC"},
                 "items": [{"id": "a", "category": "dining", "name": "Dock Grill", "description": "Burgers", "location": "Pier",
                            "translations": {"es": {"description": "Hamburguesas"}, "zh": {"name": "码头烧烤", "location": "码头"}}}]}
                """;
        KnowledgeItem item = PropertyFiles.parse("x.json", json).items().get(0);
        assertEquals("Hamburguesas", item.description(GuestLanguage.ES));
        assertEquals("Pier", item.location(GuestLanguage.ES));
        assertEquals("码头烧烤", item.name(GuestLanguage.ZH));
        assertEquals("Burgers", item.description(GuestLanguage.ZH));
    }

    @Test
    void refusesATranslationIntoALanguageItDoesNotSpeakNamingIt() {
        String json = """
                {"casino": {"id": "x", "display_name": "X", "time_zone": "UTC"},
                 "items": [{"id": "a", "category": "dining", "name": "Dock Grill", "description": "Burgers",
                            "translations": {"fr": {"description": "Des burgers"}}}]}
                """;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PropertyFiles.parse("x.json", json));
        assertTrue(e.getMessage().contains("'fr' is not a language"), e.getMessage());
    }

    @Test
    void refusesADirectoryWithoutPropertyFiles(@TempDir Path directory) {
        assertThrows(IllegalStateException.class, () -> PropertyFiles.fromDirectory(directory));
    }

    private List<String> names(String casino) {
        return files.items(casino).stream().map(KnowledgeItem::name).toList();
    }
}
