package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.local.InMemoryAuditTrail;
import ai.heyseven.adapter.redis.RedisServerProcess;
import ai.heyseven.ports.audit.AuditEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys, secrets and the Redis password rotated in their mounted files, without a restart; and who did what, in the audit trail. */
class SecretRotationIT {
    private static final String OLD_KEY = "old-operator-key-1";
    private static final String NEW_KEY = "new-operator-key-2";
    private static final String CONSENT = "{\"phone\":\"+17025550123\",\"purpose\":\"service\",\"source\":\"front-desk\","
            + "\"wording\":\"Text me about my stay.\"}";
    private static final String CMS_DELETE = "{\"event\":\"item.deleted\",\"casino_id\":\"aurora-palms\",\"item_id\":\"no-such-item\"}";

    @TempDir
    Path dir;

    @Test
    void aRotatedKeyIsAcceptedAndTheOldOneRefusedAfterTheOverlap() throws Exception {
        Path keys = Files.writeString(dir.resolve("api-keys"), OLD_KEY + "\n");
        Path cms = Files.writeString(dir.resolve("cms-secret"), "old-cms-secret");
        try (HttpFixture http = new HttpFixture(Map.of("HEYSEVEN_API_KEYS_FILE", keys.toString(),
                "HEYSEVEN_CMS_SECRET_FILE", cms.toString(), "HEYSEVEN_SECRET_REFRESH_SECONDS", "1",
                "HEYSEVEN_SECRET_OVERLAP_SECONDS", "4"))) {
            assertEquals(201, consent(http, OLD_KEY));
            assertEquals(401, consent(http, NEW_KEY));
            assertEquals(200, http.cms("old-cms-secret", CMS_DELETE).statusCode());

            Files.writeString(keys, NEW_KEY + "\n");
            Files.writeString(cms, "new-cms-secret");
            HttpFixture.within(Duration.ofSeconds(5), "the new key is accepted", () -> consent(http, NEW_KEY) == 201);
            HttpFixture.within(Duration.ofSeconds(5), "the new CMS secret is accepted",
                    () -> http.cms("new-cms-secret", CMS_DELETE).statusCode() == 200);
            assertEquals(201, consent(http, OLD_KEY), "the old key still works during the overlap");
            assertEquals(200, http.cms("old-cms-secret", CMS_DELETE).statusCode(), "so does the old CMS secret");
            HttpFixture.within(Duration.ofSeconds(10), "the old key is refused after the overlap", () -> consent(http, OLD_KEY) == 401);
            assertEquals(401, http.cms("old-cms-secret", CMS_DELETE).statusCode(), "and the old CMS secret");
            assertEquals(201, consent(http, NEW_KEY));
        }
    }

    @Test
    void aRotatedStaffKeyFileTakesEffectAndTheReplacedKeyLastsOnlyTheOverlap() throws Exception {
        String oldKey = "old-staff-automation-key-1";
        String newKey = "new-staff-automation-key-2";
        Path staff = Files.writeString(dir.resolve("staff-keys"), "host:" + oldKey + "@aurora-palms\n");
        try (HttpFixture http = new HttpFixture(Map.of("HEYSEVEN_STAFF_KEYS_FILE", staff.toString(),
                "HEYSEVEN_SECRET_REFRESH_SECONDS", "1", "HEYSEVEN_SECRET_OVERLAP_SECONDS", "4"))) {
            assertEquals(200, staffList(http, oldKey));
            assertEquals(401, staffList(http, newKey));
            Files.writeString(staff, "host:" + newKey + "@aurora-palms\ncompliance:" + newKey + "@aurora-palms\n");
            HttpFixture.within(Duration.ofSeconds(5), "the new staff key is accepted", () -> staffList(http, newKey) == 200);
            assertEquals(200, staffList(http, oldKey), "the old staff key still works during the overlap");
            HttpFixture.within(Duration.ofSeconds(10), "the old staff key is refused after the overlap", () -> staffList(http, oldKey) == 401);
        }
    }

    private static int staffList(HttpFixture http, String key) {
        return http.send(java.net.http.HttpRequest.newBuilder(http.uri("/v1/casinos/aurora-palms/cases")).header("X-API-Key", key).GET())
                .statusCode();
    }

    /**
     * Rotating the Redis password of user {@code heyseven} as an operator would: add the new one,
     * write it to the file, let the instances take it, remove the old one, and drop the connections
     * still open with it. Service goes on, on connections that authenticated with the new password.
     */
    @Test
    void aRotatedRedisPasswordIsUsedByNewConnectionsWithoutARestart() throws Exception {
        try (RedisServerProcess redis = RedisServerProcess.start()) {
            assertEquals("+OK", redis.command("ACL SETUSER heyseven on >first-password ~* &* +@all"));
            Path url = Files.writeString(dir.resolve("redis-url"), redisUrl(redis, "first-password"));
            try (HttpFixture http = new HttpFixture(Map.of("REDIS_URL_FILE", url.toString(), "HEYSEVEN_SECRET_REFRESH_SECONDS", "1"))) {
                assertEquals(200, chat(http), "a turn through Redis as heyseven with the first password");

                assertEquals("+OK", redis.command("ACL SETUSER heyseven >second-password"), "both are valid during the overlap");
                Files.writeString(url, redisUrl(redis, "second-password") + "\n");
                HttpFixture.within(Duration.ofSeconds(10), "the instance takes the second password",
                        () -> http.server.state().redis().orElseThrow().settings().url().toString()
                                .equals(redisUrl(redis, "second-password")));
                assertEquals("+OK", redis.command("ACL SETUSER heyseven <first-password"));
                String killed = redis.command("CLIENT KILL USER heyseven");
                assertTrue(killed.matches(":[1-9][0-9]*"), "the connections opened before were dropped: " + killed);

                HttpFixture.within(Duration.ofSeconds(10), "a turn succeeds on a new connection", () -> chat(http) == 200);
                for (int i = 0; i < 3; i++) {
                    assertEquals(200, chat(http), "and every turn after it");
                }
            }
        }
    }

    @Test
    void anEraseAndAConsentChangeLeaveAuditRecordsNamingTheKeysHash() throws Exception {
        try (HttpFixture http = new HttpFixture(Map.of("HEYSEVEN_API_KEYS", OLD_KEY))) {
            assertEquals(201, consent(http, OLD_KEY));
            assertEquals(204, http.erase("aurora-palms", "vera-9", OLD_KEY).statusCode());
            List<AuditEntry> audit = ((InMemoryAuditTrail) http.server.durable().ports().auditTrail()).entries();
            String actor = "api-key:" + keyHash(OLD_KEY);
            AuditEntry optIn = audit.stream().filter(entry -> entry.action().equals("consent.opt_in")).findFirst().orElseThrow();
            AuditEntry erased = audit.stream().filter(entry -> entry.action().equals("guest.erased")).findFirst().orElseThrow();
            assertEquals(actor, optIn.actor());
            assertEquals(actor, erased.actor());
            assertTrue(optIn.subject().startsWith("phone:") && !optIn.subject().contains("5550123"), "never the number itself");
            assertTrue(audit.stream().noneMatch(entry -> entry.toString().contains(OLD_KEY)), "never the key itself");
        }
    }

    private static String redisUrl(RedisServerProcess redis, String password) {
        return "redis://heyseven:" + password + "@127.0.0.1:" + redis.port();
    }

    private static int chat(HttpFixture http) {
        return http.chat("{\"casino_id\":\"aurora-palms\",\"message\":\"Where can I get sushi?\"}", "application/json").statusCode();
    }

    private static int consent(HttpFixture http, String key) {
        return http.post("/v1/casinos/aurora-palms/consents", CONSENT, Map.of("X-API-Key", key)).statusCode();
    }

    /** How the server names a key: the first 8 bytes of its SHA-256, in hex. */
    private static String keyHash(String key) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 8);
    }
}
