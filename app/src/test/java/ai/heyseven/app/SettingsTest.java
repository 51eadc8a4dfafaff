package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.app.telemetry.ModelPrice;
import ai.heyseven.ports.model.TokenUsage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsTest {

    @Test
    void defaultsToTheDevProfileOnLoopback() {
        Settings settings = Settings.from(Map.of());
        assertEquals(Settings.Profile.DEV, settings.profile());
        assertEquals("127.0.0.1", settings.server().host());
        assertEquals(8080, settings.server().port());
        assertEquals(Duration.ofSeconds(60), settings.server().turnTimeout());
        assertEquals(20, settings.state().rateLimitPerMinute());
        assertEquals("text", settings.operations().logFormat());
        assertEquals(Settings.DEV_API_KEY, settings.effectiveApiKeys());
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource({
        "HEYSEVEN_PROFILE, staging",
        "HEYSEVEN_PORT, eighty",
        "HEYSEVEN_PORT, 70000",
        "HEYSEVEN_TURN_TIMEOUT_SECONDS, 0",
        "HEYSEVEN_TRUST_PROXY, yes",
        "REDIS_URL, http://cache:6379",
        "REDIS_URL, redis://cache:6379/sessions",
        "HEYSEVEN_LOG_FORMAT, xml",
        "TELNYX_PUBLIC_KEY, not-base64!",
        "HEYSEVEN_HEARTBEAT_SECONDS, 30",
        "HEYSEVEN_PROPERTIES_DIR, /no/such/directory",
        "HEYSEVEN_MODEL_PRICES, gemini-2.5-flash=0.30/2.50",
        "HEYSEVEN_MODEL_PRICES, gemini-2.5-flash=cheap/2.50/0.03",
        "HEYSEVEN_MODEL_PRICES, gemini-2.5-flash=-1/2.50/0.03",
        "HEYSEVEN_OIDC_ISSUER, not a url",
        "HEYSEVEN_PUBLIC_URL, ftp://desk.example",
    })
    void namesTheBadVariable(String name, String value) {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Settings.from(Map.of(name, value)));
        assertTrue(e.getMessage().startsWith(name), e.getMessage());
    }

    @Test
    void readsAPriceTableOfDollarsPerMillionTokens() {
        Settings settings = Settings.from(Map.of("HEYSEVEN_MODEL_PRICES", "gemini-2.5-flash=0.30/2.50/0.03, gemini-2.5-pro=1.25/10/0.31"));
        assertEquals(Map.of("gemini-2.5-flash", new ModelPrice(0.30, 2.50, 0.03), "gemini-2.5-pro", new ModelPrice(1.25, 10, 0.31)),
                settings.model().prices());
        // 1,000 prompt tokens of which 400 cached, 100 answer and 50 thinking tokens
        assertEquals((600 * 0.30 + 400 * 0.03 + 150 * 2.50) / 1e6, new ModelPrice(0.30, 2.50, 0.03).cost(new TokenUsage(1_000, 100, 400, 50)),
                1e-15);
    }

    @Test
    void readsEachCasinosDeskWebhookAndRefusesABadOneWithoutShowingIt() {
        Settings settings = Settings.from(Map.of("HEYSEVEN_DESK_WEBHOOKS",
                " aurora-palms=https://hooks.slack.com/services/T0/B0/s3cret , lucky-star=http://127.0.0.1:9000/desk",
                "HEYSEVEN_DESK_WEBHOOK_SECRET", "sign-me"));
        assertEquals(Map.of("aurora-palms", URI.create("https://hooks.slack.com/services/T0/B0/s3cret"),
                "lucky-star", URI.create("http://127.0.0.1:9000/desk")), settings.alerts().deskWebhooks());
        assertTrue(settings.alerts().configured());
        assertFalse(Settings.from(Map.of()).alerts().configured());

        for (String bad : List.of("aurora-palms=ftp://hooks.example/s3cret", "https://hooks.example/s3cret",
                "aurora-palms=https://a.example/s3cret,aurora-palms=https://b.example/s3cret")) {
            ConfigurationException e = assertThrows(ConfigurationException.class,
                    () -> Settings.from(Map.of("HEYSEVEN_DESK_WEBHOOKS", bad)), bad);
            assertTrue(e.getMessage().startsWith("HEYSEVEN_DESK_WEBHOOKS"), e.getMessage());
            assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        }
        ConfigurationException plain = assertThrows(ConfigurationException.class, () -> Settings.from(Map.of("HEYSEVEN_PROFILE", "prod",
                "HEYSEVEN_DESK_WEBHOOKS", "aurora-palms=http://hooks.example/desk")));
        assertTrue(plain.getMessage().contains("https"), "prod posts alerts over https only: " + plain.getMessage());
    }

    @Test
    void deskWebhooksWithoutASecretStopTheStartNamingIt() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> HeySeven.start(Settings.from(Map.of("HEYSEVEN_DESK_WEBHOOKS", "aurora-palms=https://hooks.example/desk",
                        "HEYSEVEN_PORT", "0"))));
        assertTrue(e.getMessage().contains("HEYSEVEN_DESK_WEBHOOK_SECRET"), e.getMessage());
    }

    @Test
    void aRedisUrlInAFileWinsAndABadOneIsRefusedWithoutShowingIt(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("redis-url"), "redis://app:s3cret@10.0.0.3:6380/2\n");
        Settings settings = Settings.from(Map.of("REDIS_URL_FILE", file.toString(), "REDIS_URL", "redis://127.0.0.1:6379"));
        assertEquals(URI.create("redis://app:s3cret@10.0.0.3:6380/2"), settings.state().redisUri().orElseThrow());

        Files.writeString(file, "http://app:s3cret@10.0.0.3:6380");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Settings.from(Map.of("REDIS_URL_FILE", file.toString())));
        assertTrue(e.getMessage().startsWith("REDIS_URL_FILE"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }

    @Test
    void halfASignInConfigurationOrABadStaffKeyStopsTheStartNamingWhatIsMissing() {
        ConfigurationException half = assertThrows(ConfigurationException.class, () -> HeySeven.start(Settings.from(Map.of(
                "HEYSEVEN_PORT", "0", "HEYSEVEN_OIDC_ISSUER", "https://login.casino.example"))));
        assertTrue(half.getMessage().contains("HEYSEVEN_OIDC_CLIENT_ID") && half.getMessage().contains("HEYSEVEN_PUBLIC_URL"), half.getMessage());
        ConfigurationException badKey = assertThrows(ConfigurationException.class, () -> HeySeven.start(Settings.from(Map.of(
                "HEYSEVEN_PORT", "0", "HEYSEVEN_STAFF_KEYS", "croupier:a-key-long-enough-000@aurora-palms"))));
        assertTrue(badKey.getMessage().startsWith("HEYSEVEN_STAFF_KEYS is invalid") && !badKey.getMessage().contains("a-key-long-enough"),
                badKey.getMessage());
    }

    @Test
    void prodRefusesToStartWithoutItsBackendsAndNamesThem() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> Backends.check(Settings.from(Map.of("HEYSEVEN_PROFILE", "prod"))));
        for (String name : new String[] {"HEYSEVEN_API_KEYS", "REDIS_URL", "FIRESTORE_PROJECT_ID", "GEMINI_API_KEY"}) {
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
    }

    @Test
    void aConfiguredFirestoreThatDoesNotAnswerStopsTheStartNamingIt() {
        long started = System.nanoTime();
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> HeySeven.start(Settings.from(Map.of("HEYSEVEN_PORT", "0", "FIRESTORE_PROJECT_ID", "demo-nowhere",
                        "FIRESTORE_EMULATOR_HOST", "127.0.0.1:1", "HEYSEVEN_FIRESTORE_TIMEOUT_MS", "500",
                        "HEYSEVEN_STARTUP_WAIT_SECONDS", "2"))));
        assertTrue(e.getMessage().startsWith("FIRESTORE_PROJECT_ID"), e.getMessage());
        long waited = java.time.Duration.ofNanos(System.nanoTime() - started).toMillis();
        assertTrue(waited >= 1_000 && waited < 10_000, "tried again for the start-up wait, no longer: " + waited + " ms");
    }

    @Test
    void aConfiguredRedisThatDoesNotAnswerStopsTheStartNamingIt() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> HeySeven.start(Settings.from(Map.of("HEYSEVEN_PORT", "0", "REDIS_URL", "redis://127.0.0.1:1",
                        "HEYSEVEN_REDIS_CONNECT_TIMEOUT_MS", "200", "HEYSEVEN_STARTUP_WAIT_SECONDS", "1"))));
        assertTrue(e.getMessage().startsWith("REDIS_URL"), e.getMessage());
    }

    @Test
    void smsOnASharedRedisWithAConsentLedgerInProcessMemoryIsRefusedNamingWhatToSet() {
        Map<String, String> sms = Map.of("HEYSEVEN_PORT", "0", "TELNYX_API_KEY", "KEY-test",
                "TELNYX_PUBLIC_KEY", "Gb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=");
        Map<String, String> fleet = new java.util.HashMap<>(sms);
        fleet.put("REDIS_URL", "redis://127.0.0.1:1");
        // refused before anything is opened: the unreachable Redis is never reached
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> HeySeven.start(Settings.from(fleet)));
        for (String name : new String[] {"REDIS_URL", "FIRESTORE_PROJECT_ID", "TELNYX_API_KEY", "consent"}) {
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
        fleet.put("FIRESTORE_PROJECT_ID", "demo-heyseven");
        Backends.check(Settings.from(fleet)); // a shared ledger: allowed
        Backends.check(Settings.from(sms)); // one instance without Redis: its own queue and its own ledger, allowed
    }
}
