package ai.heyseven.adapter.gemini;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.model.LanguageModelException;
import ai.heyseven.ports.model.ModelRole;
import ai.heyseven.ports.model.Shape;
import ai.heyseven.ports.model.UsageListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The resilience decorators around the real client, against the local Gemini-protocol server. */
class ResilienceIT {
    private final FakeGemini gemini;
    private final ResilientLanguageModel model;

    ResilienceIT() throws Exception {
        gemini = new FakeGemini();
        GeminiSettings settings = GeminiSettings.defaults(gemini.baseUrl(), "gemini-test", 2, Duration.ofSeconds(3))
                .withTimings(Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofMillis(300));
        model = new ResilientLanguageModel(new GeminiLanguageModel(settings, "key", UsageListener.NONE), settings);
    }

    @AfterEach
    void stop() {
        gemini.close();
    }

    private String ask() {
        return model.complete(GeminiLanguageModelIT.request(ModelRole.MAIN));
    }

    @Test
    void aThrottledCallWaitsAtLeastWhatRetryAfterAsksAndThenSucceeds() {
        gemini.then(new FakeGemini.Reply.Status(429, FakeGemini.quotaExceeded(), "1")).then(new FakeGemini.Reply.Text("fine"));
        long started = System.nanoTime();
        assertEquals("fine", ask());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 1_000, "waited for Retry-After");
        assertEquals(2, gemini.requests.size());
    }

    @Test
    void aRetryAfterBeyondTheBudgetFailsAtOnce() {
        gemini.then(new FakeGemini.Reply.Status(429, FakeGemini.quotaExceeded(), "60"));
        long started = System.nanoTime();
        assertThrows(LanguageModelException.class, this::ask);
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 1_000);
        assertEquals(1, gemini.requests.size());
    }

    @Test
    void aCallStaysWithinWhatItsTurnHasLeft() {
        gemini.then(new FakeGemini.Reply.Status(429, FakeGemini.quotaExceeded(), "1"));
        var hurried = GeminiLanguageModelIT.request(ModelRole.MAIN).withTimeLeft(Duration.ofMillis(500));
        assertThrows(LanguageModelException.class, () -> model.complete(hurried), "the call's own budget (3 s) would wait; the turn's cannot");
        assertEquals(1, gemini.requests.size());

        var late = GeminiLanguageModelIT.request(ModelRole.MAIN).withTimeLeft(Duration.ZERO);
        assertThrows(LanguageModelException.class, () -> model.complete(late));
        assertEquals(1, gemini.requests.size(), "a turn out of time does not call the model");
    }

    @Test
    void anUnavailableModelIsRetriedWithBackoffUpToTheAttemptLimit() {
        gemini.then(new FakeGemini.Reply.Status(503, "{}", null)).then(new FakeGemini.Reply.Status(503, "{}", null))
                .then(new FakeGemini.Reply.Text("back"));
        assertEquals("back", ask());
        assertEquals(3, gemini.requests.size());
        for (int i = 0; i < 3; i++) {
            gemini.then(new FakeGemini.Reply.Status(503, "{}", null));
        }
        assertThrows(LanguageModelException.class, this::ask);
        assertEquals(6, gemini.requests.size(), "three attempts, no more");
    }

    @Test
    void anInternalErrorIsNotRetried() {
        gemini.then(new FakeGemini.Reply.Status(500, "{}", null));
        assertThrows(LanguageModelException.class, this::ask);
        assertEquals(1, gemini.requests.size());
    }

    @Test
    void theBreakerOpensOnFailuresRefusesWithoutCallingAndRecovers() throws Exception {
        for (int i = 0; i < 10; i++) {
            gemini.then(new FakeGemini.Reply.Status(500, "{}", null));
            assertThrows(LanguageModelException.class, this::ask);
        }
        assertEquals("open", model.breakerStates().get("main"));
        assertEquals("closed", model.breakerStates().get("router"), "one breaker per role");
        LanguageModelException refused = assertThrows(LanguageModelException.class, this::ask);
        assertTrue(refused.getMessage().contains("circuit breaker is open"), refused.getMessage());
        assertEquals(10, gemini.requests.size(), "an open breaker does not call the model");
        Thread.sleep(400);
        assertEquals("ok", ask());
        assertEquals("ok", ask());
        assertEquals("closed", model.breakerStates().get("main"));
    }

    @Test
    void aQuotaStormDoesNotOpenTheBreaker() {
        for (int i = 0; i < 36; i++) {
            gemini.then(new FakeGemini.Reply.Status(429, FakeGemini.quotaExceeded(), "0"));
        }
        for (int i = 0; i < 12; i++) {
            assertThrows(LanguageModelException.class, this::ask);
        }
        assertEquals("closed", model.breakerStates().get("main"));
    }

    @Test
    void theServerNeverSeesMoreCallsThanTheBulkheadAllowsAndTheRestAreRefusedFast() throws Exception {
        for (int i = 0; i < 8; i++) {
            gemini.then(new FakeGemini.Reply.Slow(Duration.ofMillis(400), new FakeGemini.Reply.Text("slow")));
        }
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(this::ask);
        }
        int refused = 0;
        int answered = 0;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<String> future : pool.invokeAll(calls)) {
                try {
                    future.get();
                    answered++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertTrue(e.getCause().getMessage().contains("busy"), e.getCause().getMessage());
                    refused++;
                }
            }
        }
        assertEquals(2, gemini.maxInFlight(), "the bulkhead admits two at a time");
        assertEquals(2, answered);
        assertEquals(6, refused);
        assertEquals(0, model.callsInFlight());
    }

    @Test
    void aStreamIsNeverRetriedOnceTheGuestSawAToken() {
        gemini.then(new FakeGemini.Reply.Status(503, "{}", null))
                .then(new FakeGemini.Reply.Stream(List.of("Kaze "), true));
        List<String> pieces = new ArrayList<>();
        assertThrows(LanguageModelException.class, () -> model.stream(GeminiLanguageModelIT.request(ModelRole.MAIN), pieces::add));
        assertEquals(List.of("Kaze "), pieces, "no duplicated text");
        assertEquals(2, gemini.requests.size(), "the 503 before any token was retried; the cut-off stream was not");
    }

    @Test
    void theWhisperPlannerIsSwitchedOffAfterThreeFailuresInARowAndNothingElseIs() {
        for (int i = 0; i < 3; i++) {
            gemini.then(new FakeGemini.Reply.Status(500, "{}", null));
            assertThrows(LanguageModelException.class,
                    () -> model.structured(GeminiLanguageModelIT.request(ModelRole.WHISPER), Shape.WHISPER));
        }
        assertEquals("open", model.breakerStates().get("whisper"));
        assertEquals("closed", model.breakerStates().get("main"));
        assertEquals("ok", ask());
    }

    @Test
    void manyCallsSucceedingAndFailingLeaveNoThreadBehind() throws Exception {
        ask();
        model.stream(GeminiLanguageModelIT.request(ModelRole.MAIN), piece -> true);
        int before = Thread.getAllStackTraces().size();
        for (int i = 0; i < 40; i++) {
            if (i % 4 == 0) {
                gemini.then(new FakeGemini.Reply.Status(500, "{}", null));
            }
            try {
                if (i % 2 == 0) {
                    ask();
                } else {
                    model.stream(GeminiLanguageModelIT.request(ModelRole.MAIN), piece -> true);
                }
            } catch (LanguageModelException expected) {
                // the scripted failures
            }
        }
        // a thread per call would leave dozens; the JDK's HTTP client may keep one or two more pool workers for a while
        long settle = System.nanoTime() + java.time.Duration.ofSeconds(2).toNanos();
        while (Thread.getAllStackTraces().size() > before + 4 && System.nanoTime() < settle) {
            Thread.sleep(100);
        }
        int after = Thread.getAllStackTraces().size();
        assertTrue(after <= before + 4, "platform threads before " + before + ", after " + after + ": "
                + Thread.getAllStackTraces().keySet().stream().map(Thread::getName).sorted().toList());
        assertEquals(0, model.callsInFlight());
    }
}
