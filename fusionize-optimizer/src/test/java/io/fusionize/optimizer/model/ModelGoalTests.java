package io.fusionize.optimizer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fusionize.core.setup.Setup;
import io.fusionize.monitor.SetupStatistics;
import io.fusionize.optimizer.DeployedSetup;
import io.fusionize.optimizer.Exploration;
import io.fusionize.optimizer.Goal;
import io.fusionize.protocol.billing.Architecture;
import io.fusionize.protocol.billing.PriceTable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The model optimizer aiming for goals other than the balanced default, and at arm64 prices. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ModelGoalTests {

    private static final SimulatedApplication IOT = SimulatedApplication.iot();
    private static final Exploration FASTEST = run(Goal.LATENCY);
    private static final Exploration CHEAPEST = run(Goal.COST);

    @Test
    void latencyAndCostPickDifferentSetupsAcrossTheTradeOff() {
        Prediction fastest = IOT.truth(FASTEST.result.best());
        Prediction cheapest = IOT.truth(CHEAPEST.result.best());

        assertThat(PlanKeys.of(fastest.setup())).isNotEqualTo(PlanKeys.of(cheapest.setup()));
        assertThat(fastest.rootLatencyP50Ms()).isLessThan(cheapest.rootLatencyP50Ms());
        assertThat(cheapest.costPer1000RootRequestsUsd()).isLessThan(fastest.costPer1000RootRequestsUsd());
        assertThat(FASTEST.nextSetups().get(1).reason()).contains("objective = latency (the lowest median latency)");
        assertThat(CHEAPEST.result.reason()).contains("cost (the lowest cost per 1,000 requests)");
    }

    @Test
    void aP95BoundExcludesTheCheaperButSlowSetup() {
        double fastP95 = measured(FASTEST).rootDuration().p95Ms();
        double cheapP95 = measured(CHEAPEST).rootDuration().p95Ms();
        double bound = Math.floor((fastP95 + cheapP95) / 2);

        Exploration run = run(Goal.parse("p95<=" + bound));

        assertThat(cheapP95).as("the cheapest setup is slow").isGreaterThan(bound);
        assertThat(measured(run).rootDuration().p95Ms()).isLessThanOrEqualTo(bound);
        assertThat(PlanKeys.of(run.result.best())).isNotEqualTo(PlanKeys.of(CHEAPEST.result.best()));
        assertThat(run.result.reason()).contains("with p95<=" + (long) bound + " (", "p95/p50 measured on the "
                + "reference").doesNotContain("no measured setup meets");
    }

    @Test
    void aCostBoundExcludesTheFasterButDearerSetup() {
        double fastCost = measured(FASTEST).costPer1000RootRequestsUsd();
        double cheapCost = measured(CHEAPEST).costPer1000RootRequestsUsd();
        double bound = (fastCost + cheapCost) / 2;

        Exploration run = run(new Goal.CostBound(bound));

        assertThat(fastCost).as("the fastest setup is dear").isGreaterThan(bound);
        assertThat(measured(run).costPer1000RootRequestsUsd()).isLessThanOrEqualTo(bound);
        assertThat(PlanKeys.of(run.result.best())).isNotEqualTo(PlanKeys.of(FASTEST.result.best()));
    }

    @Test
    void endsOnTheSetupClosestToABoundNoneMeetsAndSaysSo() {
        Exploration run = run(new Goal.P95Bound(1));

        assertThat(run.result.reason()).contains("no measured setup meets p95<=1, v");
        // IoT has one entry task, so the p95 ranked is the root function's.
        assertThat(measured(run).rootDuration().p95Ms()).isEqualTo(run.history.good().stream()
                .filter(Measured::available).mapToDouble(e -> e.statistics().rootDuration().p95Ms())
                .min().orElseThrow());
    }

    @Test
    void forecastsTheSameSetupCheaperByThePriceRatioOnArm64() {
        ModelOptions x86 = ModelOptions.defaults();
        Setup setup = CHEAPEST.result.best();
        double fees = predictCost(x86.withPrices(new PriceTable("fees", 0, PriceTable.AWS_USD_PER_REQUEST, true)),
                setup);

        double onX86 = predictCost(x86, setup) - fees;
        double onArm = predictCost(x86.withPrices(PriceTable.aws(Architecture.ARM64)), setup) - fees;

        assertThat(onArm / onX86).isCloseTo(Architecture.ARM64.usdPerGbSecond() / Architecture.X86_64.usdPerGbSecond(),
                within(1e-9));
    }

    private static double predictCost(ModelOptions options, Setup setup) {
        return PerformanceModel.fit(CHEAPEST.history, options).predict(setup).costPer1000RootRequestsUsd();
    }

    private static SetupStatistics measured(Exploration run) {
        Object best = PlanKeys.of(run.result.best());
        return run.history.entries().stream().filter(e -> PlanKeys.of(e.setup()).equals(best)).map(DeployedSetup::statistics).findFirst().orElseThrow();
    }

    private static Exploration run(Goal goal) {
        return Exploration.run(new ModelOptimizer(ModelOptions.defaults().withGoal(goal)),
                IOT.allRemote(GroundTruth.INITIAL_MB), IOT::measure);
    }
}
