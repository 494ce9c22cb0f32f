package io.fusionize.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.core.setup.Setup;
import io.fusionize.monitor.SetupStatistics;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The heuristic ending on the setup its goal names, on the simulated IoT application. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HeuristicGoalTests {

    private static final AppSimulation IOT = AppSimulation.iot();

    @Test
    void balancedEndsWhereTheDefaultHeuristicEnds() {
        Exploration balanced = explore(Goal.BALANCED);
        Exploration byDefault = Exploration.run(new FusionizeHeuristic(), IOT.allRemote(1024), IOT::measure);

        assertThat(balanced.result.best()).isEqualTo(byDefault.result.best());
        assertThat(balanced.result.reason()).isEqualTo(byDefault.result.reason());
    }

    @Test
    void latencyAndCostEndOnDifferentSetupsAcrossTheTradeOff() {
        Exploration fastest = explore(Goal.LATENCY);
        Exploration cheapest = explore(Goal.COST);

        assertThat(fastest.result.best()).isNotEqualTo(cheapest.result.best());
        assertThat(measured(fastest).rankedLatency().p50Ms()).isLessThan(measured(cheapest).rankedLatency().p50Ms());
        assertThat(measured(cheapest).costPer1000RootRequestsUsd())
                .isLessThan(measured(fastest).costPer1000RootRequestsUsd());
        assertThat(fastest.result.reason()).contains("by objective latency: the lowest median latency");
    }

    private static Exploration explore(Goal goal) {
        return Exploration.run(new FusionizeHeuristic(HeuristicOptions.defaults().withGoal(goal)),
                IOT.allRemote(1024), IOT::measure);
    }

    private static SetupStatistics measured(Exploration run) {
        Setup best = run.result.best();
        return run.history.entries().stream().filter(e -> e.setup().equals(best)).findFirst().orElseThrow()
                .statistics();
    }
}
