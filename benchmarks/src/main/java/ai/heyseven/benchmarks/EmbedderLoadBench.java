package ai.heyseven.benchmarks;

import ai.heyseven.adapter.embedding.LocalEmbedder;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** The bundled all-MiniLM-L6-v2 model loaded cold (and one warm-up embedding), once per fresh JVM, as at start-up. */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class EmbedderLoadBench {

    @Benchmark
    public void modelLoad() {
        LocalEmbedder.load(1, 1, Duration.ofSeconds(5)).close();
    }
}
