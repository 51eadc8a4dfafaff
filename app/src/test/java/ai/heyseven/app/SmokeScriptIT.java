package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code deploy/smoke.sh URL COMMIT} against the built jar, as a deploy pipeline runs it: it passes, and it fails. */
class SmokeScriptIT {
    private static final String COMMIT = "abc1234";
    private static AppProcess app;
    private static int port;

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
    void passesAgainstAReadyInstanceOfTheExpectedCommitThatAnswers() throws Exception {
        Result result = smoke("http://127.0.0.1:" + port, COMMIT);
        assertEquals(0, result.status(), result.output());
        assertTrue(result.output().contains("answered a chat"), result.output());
    }

    @Test
    void failsWhenTheInstanceRunsAnotherCommit() throws Exception {
        Result result = smoke("http://127.0.0.1:" + port, "fffffff");
        assertEquals(1, result.status(), result.output());
        assertTrue(result.output().contains("expected commit fffffff") && result.output().contains(COMMIT), result.output());
    }

    @Test
    void failsWhenNothingAnswers() throws Exception {
        Result result = smoke("http://127.0.0.1:" + AppProcess.freePort(), COMMIT);
        assertEquals(1, result.status(), result.output());
        assertTrue(result.output().contains("did not answer"), result.output());
    }

    private static Result smoke(String url, String commit) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", Path.of("..", "deploy", "smoke.sh").toString(), url, commit))
                .redirectErrorStream(true);
        builder.environment().put("HEYSEVEN_SMOKE_TIMEOUT", "3");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(90, TimeUnit.SECONDS));
        return new Result(process.exitValue(), output);
    }

    private record Result(int status, String output) { }
}
