package io.fusionize.optimizer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fusionize.core.setup.Setup;
import io.fusionize.monitor.FunctionStatistics;
import io.fusionize.monitor.SetupStatistics;
import io.fusionize.optimizer.DeployedSetup;
import io.fusionize.optimizer.Exploration;
import io.fusionize.optimizer.History;
import io.fusionize.protocol.billing.PriceTable;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Cost forecasts bill the init time cold starts add, as AWS bills managed runtimes. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class InitBillingTests {

    private static final SimulatedApplication IOT = SimulatedApplication.iot();
    private static final double INIT_MS_PER_INVOCATION = 30;

    @Test
    void billsTheMeasuredInitTimePerInvocationOfEveryFunction() {
        Exploration run = Exploration.run(new ModelOptimizer(), IOT.allRemote(GroundTruth.INITIAL_MB), IOT::measure);
        History history = withInitBilled(run.history);
        Setup setup = run.result.best();
        PriceTable billed = PriceTable.awsX86();
        PriceTable unbilled = new PriceTable("no-init", billed.usdPerGbSecond(), billed.usdPerRequest(), false);

        Prediction withInit = PerformanceModel.fit(history, ModelOptions.defaults().withPrices(billed)).predict(setup);
        Prediction without = PerformanceModel.fit(history, ModelOptions.defaults().withPrices(unbilled))
                .predict(setup);

        double expected = withInit.functions().stream().mapToDouble(f -> 1000 * f.invocationsPerRootRequest()
                * f.memoryMb() / 1024.0 * INIT_MS_PER_INVOCATION / 1000 * billed.usdPerGbSecond()).sum();
        assertThat(withInit.costPer1000RootRequestsUsd() - without.costPer1000RootRequestsUsd())
                .isCloseTo(expected, within(expected * 1e-6));
        assertThat(withInit.rootLatencyP50Ms()).isEqualTo(without.rootLatencyP50Ms());
    }

    @Test
    void billsNoInitWhenNoneShowsInTheBilledDurations() {
        Exploration run = Exploration.run(new ModelOptimizer(), IOT.allRemote(GroundTruth.INITIAL_MB), IOT::measure);
        PriceTable billed = PriceTable.awsX86();
        PriceTable unbilled = new PriceTable("no-init", billed.usdPerGbSecond(), billed.usdPerRequest(), false);

        double withInit = PerformanceModel.fit(run.history, ModelOptions.defaults().withPrices(billed))
                .predict(run.result.best()).costPer1000RootRequestsUsd();
        double without = PerformanceModel.fit(run.history, ModelOptions.defaults().withPrices(unbilled))
                .predict(run.result.best()).costPer1000RootRequestsUsd();

        assertThat(withInit).isEqualTo(without);
    }

    // Every function's billed mean grows by the init time, as cold starts billed with init show.
    private static History withInitBilled(History history) {
        return new History(history.entries().stream().map(e -> DeployedSetup.measured(e.setup(),
                withInitBilled(e.statistics()))).toList());
    }

    private static SetupStatistics withInitBilled(SetupStatistics s) {
        List<FunctionStatistics> functions = s.functions().stream().map(InitBillingTests::withInitBilled).toList();
        return new SetupStatistics(s.application(), s.setupVersion(), s.sampleSize(), s.clientLatency(),
                s.rootDuration(), s.costPer1000RootRequestsUsd(), s.coldStartRatio(), s.errorRatio(),
                s.clientErrorRatio(), s.callGraph(), functions, s.entries());
    }

    private static FunctionStatistics withInitBilled(FunctionStatistics f) {
        return new FunctionStatistics(f.entryTask(), f.functionName(), f.memoryMb(), f.invocations(),
                Math.max(1, f.coldStarts()), f.failures(), f.timeouts(), f.outOfMemory(), f.exitErrors(), f.duration(),
                f.duration().meanMs() + 1 + INIT_MS_PER_INVOCATION, f.maxMemoryUsedMb(), f.meanCostUsd(),
                f.cpuMeasured(), f.medianCpuMicros(), f.tasks());
    }
}
