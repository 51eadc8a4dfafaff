package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deploy/rollout.sh} as the pipeline runs it, against the built jar standing in for the new
 * revision: the checks are the real {@code deploy/smoke.sh} over real HTTP; {@code gcloud} is a
 * script on the PATH that answers the service's status and records each call, so the test checks
 * what the rollout asks Cloud Run to do — steps in order, and the rollback when a check fails.
 */
class RolloutScriptIT {
    private static final String COMMIT = "abc1234";
    private static AppProcess app;
    private static int port;

    @TempDir
    Path dir;

    @BeforeAll
    static void startTheJar() throws Exception {
        port = AppProcess.freePort();
        app = AppProcess.launchJar(Map.of("HEYSEVEN_PORT", Integer.toString(port), "HEYSEVEN_COMMIT", COMMIT));
        app.awaitReady(port);
    }

    @AfterAll
    static void stop() throws Exception {
        app.process.toHandle().destroy();
        app.process.waitFor(20, TimeUnit.SECONDS);
    }

    @Test
    void movesTheTrafficInStepsWhenEveryCheckPasses() throws Exception {
        String app = "http://127.0.0.1:" + port;
        Result result = rollout(COMMIT, app, app);
        assertEquals(0, result.status(), result.output());
        assertEquals(List.of(
                "run services describe heyseven --region us-central1 --format=json",
                "run services describe heyseven --region us-central1 --format=json",
                "run services update-traffic heyseven --region us-central1 --to-tags=c-abc1234=10",
                "run services update-traffic heyseven --region us-central1 --to-tags=c-abc1234=100"), result.calls());
    }

    @Test
    void aNewRevisionThatFailsItsOwnCheckGetsNoTraffic() throws Exception {
        String app = "http://127.0.0.1:" + port;
        Result result = rollout("fffffff", app, app);
        assertEquals(1, result.status(), result.output());
        assertTrue(result.output().contains("expected commit fffffff"), result.output());
        assertTrue(result.calls().stream().noneMatch(call -> call.contains("update-traffic")), result.calls().toString());
    }

    @Test
    void aFailedCheckAfterAStepPutsEveryRequestBackOnThePreviousRevision() throws Exception {
        // the new revision passes through its tag, but the service's own URL answers nothing at 100%
        Result result = rollout(COMMIT, "http://127.0.0.1:" + port, "http://127.0.0.1:" + AppProcess.freePort());
        assertEquals(1, result.status(), result.output());
        assertEquals("run services update-traffic heyseven --region us-central1 --to-revisions=heyseven-00041-old=100",
                result.calls().get(result.calls().size() - 1));
        assertTrue(result.output().contains("every request goes back to heyseven-00041-old"), result.output());
        assertFalse(result.output().contains("THE ROLLBACK FAILED"), result.output());
    }

    private Result rollout(String commit, String tagUrl, String serviceUrl) throws Exception {
        Path calls = dir.resolve("calls");
        Files.writeString(dir.resolve("status.json"), "{\"status\":{\"url\":\"" + serviceUrl + "\",\"traffic\":["
                + "{\"revisionName\":\"heyseven-00041-old\",\"percent\":100},"
                + "{\"tag\":\"c-" + commit + "\",\"url\":\"" + tagUrl + "\"}]}}");
        Path gcloud = Files.writeString(dir.resolve("gcloud"), """
                #!/usr/bin/env bash
                echo "$*" >> "%s"
                case "$1 $2 $3" in
                  "run services describe") cat "%s" ;;
                esac
                """.formatted(calls, dir.resolve("status.json")));
        Files.setPosixFilePermissions(gcloud, PosixFilePermissions.fromString("rwx------"));
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", Path.of("..", "deploy", "rollout.sh").toString(), "heyseven",
                "us-central1", commit, "heyseven-00041-old")).redirectErrorStream(true);
        builder.environment().put("PATH", dir + ":" + System.getenv("PATH"));
        builder.environment().put("HEYSEVEN_ROLLOUT_STEPS", "10 100");
        builder.environment().put("HEYSEVEN_ROLLOUT_SOAK_SECONDS", "0");
        builder.environment().put("HEYSEVEN_SMOKE_TIMEOUT", "3");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        return new Result(process.exitValue(), output, Files.exists(calls) ? Files.readAllLines(calls) : List.of());
    }

    private record Result(int status, String output, List<String> calls) { }
}
