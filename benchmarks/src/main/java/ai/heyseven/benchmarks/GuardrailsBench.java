package ai.heyseven.benchmarks;

import ai.heyseven.core.guardrails.GuardrailVerdict;
import ai.heyseven.core.guardrails.Guardrails;
import ai.heyseven.core.guardrails.PiiRedactor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole input check (normalisation and the five layers in four languages) on a typical
 * 200-character guest message, and the streaming redactor per token of an answer.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GuardrailsBench {
    /** 200 characters, the way guests write: a question with a little context. */
    static final String MESSAGE = "Hi! We're celebrating my wife's birthday tonight. Is there an Italian restaurant "
            + "with a view that's open after the 9:30 show, and can we get a table for four? Also, any dessert places?";
    private static final List<String> TOKENS = List.of("Here's ", "what I ", "found: ", "Trattoria ", "Lucia ", "(Garden ",
            "Level, ", "$$$): ", "handmade ", "pasta. ", "Call ", "702-555-", "0147 ", "to book; ", "open ", "5:00 PM ",
            "to 10:00 ", "PM.");

    private final Guardrails guardrails = Guardrails.standard();
    private final PiiRedactor redactor = PiiRedactor.allowing(List.of("1-800-GAMBLER"));
    private PiiRedactor.Stream stream = redactor.stream();
    private int next;

    @Benchmark
    public GuardrailVerdict inputCheck200Chars() {
        return guardrails.check(MESSAGE, "1-800-GAMBLER");
    }

    /** One token through the stream redactor (a realistic answer, cycled). */
    @Benchmark
    public String redactorPerToken() {
        if (next == TOKENS.size()) {
            next = 0;
            stream.finish();
            stream = redactor.stream();
        }
        return stream.push(TOKENS.get(next++));
    }
}
