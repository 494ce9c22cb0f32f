package io.fusionize.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.monitor.DurationSummary;
import io.fusionize.monitor.SetupStatistics;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The judge ranking measured setups by a goal other than the balanced default. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class GoalJudgeTests {

    // v1 fast and dear, v2 slow and cheap with a long tail, v3 in between
    private final History history = History.of(
            entry(1, stats(1, 40, 60, 0.030)),
            entry(2, stats(2, 90, 300, 0.010)),
            entry(3, stats(3, 60, 150, 0.020)));

    @Test
    void balancedKeepsTheDefaultRanking() {
        SetupJudge judge = new SetupJudge().withGoal(Goal.BALANCED);

        assertThat(best(judge)).isEqualTo(best(new SetupJudge())).isEqualTo(1);
        assertThat(judge.criterion()).isEqualTo(new SetupJudge().criterion());
    }

    @Test
    void latencyAndCostPickDifferentSetups() {
        assertThat(best(new SetupJudge().withGoal(Goal.LATENCY))).isEqualTo(1);
        assertThat(best(new SetupJudge().withGoal(Goal.COST))).isEqualTo(2);
    }

    @Test
    void aP95BoundExcludesTheCheaperButSlowSetup() {
        SetupJudge judge = new SetupJudge().withGoal(Goal.parse("p95<=200"));

        assertThat(best(judge)).isEqualTo(3);
        assertThat(judge.shortfall(history)).isEmpty();
        assertThat(judge.criterion()).startsWith("objective p95<=200: the lowest cost");
    }

    @Test
    void aCostBoundExcludesTheFasterButDearerSetup() {
        assertThat(best(new SetupJudge().withGoal(Goal.parse("cost<=0.025")))).isEqualTo(3);
    }

    @Test
    void picksTheSetupClosestToABoundNoneMeetsAndSaysSo() {
        SetupJudge judge = new SetupJudge().withGoal(Goal.parse("p95<=50"));

        assertThat(best(judge)).isEqualTo(1);
        assertThat(judge.shortfall(history)).get().asString()
                .isEqualTo("no measured setup meets p95<=50; v1 comes closest (p95 60.0 ms, $0.0300 per 1,000 "
                        + "requests, 20.0 % over the bound)");
    }

    private int best(SetupJudge judge) {
        return judge.best(history).orElseThrow().setup().version();
    }

    private static SetupStatistics stats(int version, double p50Ms, double p95Ms, double cost) {
        DurationSummary latency = new DurationSummary(100, p50Ms, p50Ms, p95Ms, p95Ms, p95Ms);
        return new SetupStatistics("app", version, 100, latency, latency, cost, 0, 0, 0, List.of(),
                List.of(Statistics.function("A", 512, p50Ms)));
    }

    private static DeployedSetup entry(int version, SetupStatistics stats) {
        Setup setup = new Setup("app", version, List.of(new FunctionSpec("A", 128 * version, Set.of(), Set.of())));
        return DeployedSetup.measured(setup, stats);
    }
}
