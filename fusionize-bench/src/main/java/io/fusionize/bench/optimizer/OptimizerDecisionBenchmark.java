package io.fusionize.bench.optimizer;

import io.fusionize.optimizer.Proposal;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The time of one optimizer decision on a synthetic application, for sizes whose decision takes
 * well under a minute; {@link DecisionTime} bounds the larger ones.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OptimizerDecisionBenchmark {

    @Param({"heuristic", "model"})
    private String optimizer;

    @Param({"initial"})
    private String history;

    @Param({"100"})
    private int tasks;

    private DecisionFixture fixture;

    /** Builds the application and its measured history. */
    @Setup(Level.Trial)
    public void build() {
        fixture = DecisionFixture.of(DecisionFixture.Kind.of(optimizer), DecisionFixture.Stage.of(history), tasks);
    }

    /** @return one decision */
    @Benchmark
    public Proposal decide() {
        return fixture.decide();
    }
}
