package io.fusionize.experiment.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OracleTests {

    @Test
    void theFrontLeavesOutEveryDominatedSetupAndRunsFastestFirst() {
        Oracle oracle = Figures.fiveSetups();

        // #0 is beaten by #2 on both, #3 by #2 on both.
        assertThat(oracle.front()).containsExactly(1, 2, 4);
        assertThat(oracle.measured()).isEqualTo(5);
        assertThat(oracle.setupsInSpace()).isEqualTo(64);
    }

    @Test
    void theBestPerObjective() {
        Oracle oracle = Figures.fiveSetups();

        assertThat(oracle.best()).isEqualTo(new Oracle.Best(2, 1, 4));
        // 0.5 x 50/100 + 0.5 x 0.006/0.010 = 0.55, the lowest: #1 scores 0.80, #4 1.70.
        assertThat(oracle.balancedRule()).isEqualTo("the model-based optimizer's objective: 0.50 x p50 / 100.0 ms"
                + " + 0.50 x cost / $0.0100, relative to all-remote as measured");
    }

    @Test
    void setupsWithEqualFiguresAreBothOnTheFront() {
        Oracle oracle = Oracle.of(4, List.of(Figures.setup("A@1024", 50, 0.006), Figures.setup("A@2048", 50, 0.006),
                Figures.setup("A@512", 80, 0.005)), OptionalInt.of(0));

        assertThat(oracle.front()).containsExactly(0, 1, 2);
        assertThat(oracle.best().latency()).as("a tie goes to the lower index").isZero();
    }

    @Test
    void aTieInLatencyGoesToTheCheaperAndATieInCostToTheFaster() {
        Oracle oracle = Oracle.of(4, List.of(Figures.setup("A@1024", 50, 0.009), Figures.setup("A@2048", 50, 0.007),
                Figures.setup("A@512", 80, 0.005), Figures.setup("A@256", 90, 0.005)), OptionalInt.of(0));

        assertThat(oracle.best().latency()).isEqualTo(1);
        assertThat(oracle.best().cost()).isEqualTo(2);
        assertThat(oracle.front()).containsExactly(1, 2);
    }

    @Test
    void aSetupWithFailedRequestsIsNeverOnTheFrontNorBest() {
        Oracle oracle = Oracle.of(4, List.of(Figures.setup("A@1024", 100, 0.010),
                Figures.failing("A@2048", 10, 0.001, 1)), OptionalInt.of(0));

        assertThat(oracle.front()).containsExactly(0);
        assertThat(oracle.best()).isEqualTo(new Oracle.Best(0, 0, 0));
    }

    @Test
    void withoutAllRemoteTheBalancedObjectiveIsRelativeToTheBestMeasured() {
        List<MeasuredSetup> setups = List.of(Figures.failing("A@1024", 100, 0.010, 3), Figures.setup("A+B@1024", 40,
                0.008), Figures.setup("A+B@512", 60, 0.004), Figures.setup("A+B@2048", 30, 0.016));

        Oracle oracle = Oracle.of(4, setups, OptionalInt.of(0));

        // 40/30 + 0.008/0.004 = 3.33; 60/30 + 1 = 3.00; 30/30 + 4 = 5.00
        assertThat(oracle.best().balanced()).isEqualTo(2);
        assertThat(oracle.balancedRule()).startsWith("p50 / 30.0 ms + cost / $0.0040, relative to the fastest and the"
                + " cheapest measured setup");
        assertThat(Oracle.of(4, setups.subList(1, 4), OptionalInt.empty()).best().balanced()).isEqualTo(1);
    }

    @Test
    void nothingEligibleMeansNoBestAndNoFront() {
        Oracle oracle = Oracle.of(2, List.of(Figures.failing("A@1024", 100, 0.010, 20)), OptionalInt.of(0));

        assertThat(oracle.front()).isEmpty();
        assertThat(oracle.best()).isEqualTo(new Oracle.Best(null, null, null));
        assertThat(oracle.balancedRule()).isEmpty();
    }

    @Test
    void theMediansIntervalComesFromTheOrderStatistics() {
        double[] hundred = java.util.stream.IntStream.rangeClosed(1, 100).mapToDouble(i -> i).toArray();
        double[] ten = java.util.stream.IntStream.rangeClosed(1, 10).mapToDouble(i -> 11 - i).toArray();

        assertThat(LatencyFigures.of(hundred)).isEqualTo(new LatencyFigures(50, 95, 40, 61));
        assertThat(LatencyFigures.of(ten)).isEqualTo(new LatencyFigures(5, 10, 1, 10));
        assertThat(LatencyFigures.of(new double[0]).p50Ms()).isNaN();
    }
}
