package io.fusionize.optimizer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupText;
import io.fusionize.monitor.EntryStatistics;
import io.fusionize.monitor.SetupStatistics;
import io.fusionize.optimizer.DeployedSetup;
import io.fusionize.optimizer.Exploration;
import io.fusionize.optimizer.History;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The model on an application whose root requests start with two entry tasks, 80 % and 20 %. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SeveralEntriesModelTests {

    private static final SimulatedApplication SHOP = SimulatedApplication.shop();
    private static final double TOLERANCE = 0.05;
    private static final History CALIBRATED = GroundTruth.measured(SHOP, SHOP.allRemote(1024),
            SHOP.allRemote(1650));
    private static final PerformanceModel MODEL = PerformanceModel.fit(CALIBRATED);

    @Test
    void learnsEachEntrysShareOfTheMeasuredRootRequests() {
        assertThat(MODEL.entryShares()).containsExactly(entry("B", 0.8), entry("O", 0.2));
        assertThat(MODEL.entryTask()).as("the busiest entry").isEqualTo("B");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "shop v9: B+C+P@1024, O+V+P&M@1024, C@1024, P@1024, V@1024, M@1024",
        "shop v9: B+C+P@512, O+V+P@1024, C@1024, P@1024, V@1024, M@512",
        "shop v9: B+C@768, O+P@1536, C@1024, P@512, V@1650, M@768"})
    void forecastsEachEntryAndTheirTrafficWeightedMixWithinFivePercentOfTheTruth(String text) {
        Setup unseen = SetupText.parse(text);

        Prediction forecast = MODEL.predict(unseen);
        Prediction truth = SHOP.truth(unseen);

        assertThat(forecast.entries()).hasSize(2).allSatisfy(e -> {
            EntryPrediction actual = truth.entries().stream().filter(t -> t.entryTask().equals(e.entryTask()))
                    .findFirst().orElseThrow();
            assertThat(e.p50Ms()).as(e.entryTask()).isCloseTo(actual.p50Ms(), within(actual.p50Ms() * TOLERANCE));
        });
        assertThat(forecast.rootLatencyP50Ms()).isCloseTo(truth.rootLatencyP50Ms(),
                within(truth.rootLatencyP50Ms() * TOLERANCE));
        assertThat(forecast.costPer1000RootRequestsUsd()).isCloseTo(truth.costPer1000RootRequestsUsd(),
                within(truth.costPer1000RootRequestsUsd() * TOLERANCE));
    }

    @Test
    void weighsTheEntriesLatenciesByTheirShares() {
        Prediction forecast = MODEL.predict(SetupText.parse(
                "shop v9: B+C+P@1024, O+V+P@1024, C@1024, P@1024, V@1024, M@1024"));

        double weighted = forecast.entries().stream().mapToDouble(e -> e.requestShare() * e.p50Ms()).sum();
        assertThat(forecast.rootLatencyP50Ms()).isCloseTo(weighted, within(1e-9));
        assertThat(forecast.entries()).extracting(EntryPrediction::entryTask).containsExactly("B", "O");
    }

    @Test
    void countsInvocationsPerRootRequestOfTheMix() {
        Prediction forecast = MODEL.predict(SHOP.allRemote(1024));

        assertThat(invocations(forecast, "B")).isCloseTo(0.8, within(1e-9));
        assertThat(invocations(forecast, "O")).isCloseTo(0.2, within(1e-9));
        assertThat(invocations(forecast, "P")).as("called from both entries' paths").isCloseTo(1.0, within(1e-9));
        assertThat(invocations(forecast, "V")).isCloseTo(0.2, within(1e-9));
    }

    private static double invocations(Prediction forecast, String function) {
        return forecast.functions().stream().filter(f -> f.entry().equals(function)).findFirst().orElseThrow()
                .invocationsPerRootRequest();
    }

    @Test
    void searchesTheCallsReachableFromEveryEntry() {
        FusionSpace space = FusionSpace.of(MODEL);
        boolean[] allInline = new boolean[space.edges().size()];
        Arrays.fill(allInline, true);

        FusionPlan plan = space.plan(allInline);

        assertThat(space.edges()).containsExactlyInAnyOrder(new CallKey("B", "C", true), new CallKey("C", "P", true),
                new CallKey("O", "V", true), new CallKey("O", "P", true), new CallKey("O", "M", false));
        assertThat(plan.live()).extracting(FunctionSpec::entry).containsExactly("B", "O");
        assertThat(plan.tasks().get("B")).containsExactlyInAnyOrder("B", "C", "P");
        assertThat(plan.tasks().get("O")).containsExactlyInAnyOrder("O", "V", "P", "M");
    }

    @Test
    void convergesOnTheTrueOptimumOfTheMix() {
        Exploration run = Exploration.run(new ModelOptimizer(), SHOP.allRemote(GroundTruth.INITIAL_MB),
                SHOP::measure);
        Candidate optimum = GroundTruth.search(SHOP, ModelOptions.defaults());
        Objective objective = GroundTruth.objective(SHOP, ModelOptions.defaults());

        assertThat(run.deployments()).isEqualTo(3);
        assertThat(objective.score(SHOP.truth(run.result.best()))).as(run.result.reason())
                .isCloseTo(optimum.score(), within(optimum.score() * 0.01));
        assertThat(run.result.best().function("B").orElseThrow().inlineSync()).contains("C", "P");
        assertThat(run.result.best().function("O").orElseThrow().inlineSync()).contains("V", "P");
    }

    @Test
    void checksAForecastAgainstTheEntriesMeasuredUnderTheForecastsMix() {
        Setup fused = SetupText.parse("shop v3: B+C+P@1024, O+V+P@1024, C@1024, P@1024, V@1024, M@1024");
        SetupStatistics evenMix = SHOP.withMix(Map.of("B", 0.5, "O", 0.5)).measure(fused);
        EntryStatistics browse = evenMix.entry("B").orElseThrow();
        EntryStatistics order = evenMix.entry("O").orElseThrow();

        PredictionCheck check = PredictionCheck.of(MODEL.predict(fused), evenMix);

        assertThat(check.measuredP50Ms()).isCloseTo(0.8 * browse.rootDuration().p50Ms()
                + 0.2 * order.rootDuration().p50Ms(), within(1e-9));
        assertThat(check.measuredCostPer1000Usd()).isCloseTo(0.8 * browse.costPer1000RootRequestsUsd()
                + 0.2 * order.costPer1000RootRequestsUsd(), within(1e-12));
        assertThat(check.within(TOLERANCE)).as(check.toString()).isTrue();
    }

    @Test
    void poolsTheSharesOverEveryMeasuredSetup() {
        Map<String, Double> orderHeavy = new LinkedHashMap<>();
        orderHeavy.put("O", 0.6);
        orderHeavy.put("B", 0.4);
        Setup calibration = SHOP.allRemote(1650).withVersion(2);
        History mixed = History.of(CALIBRATED.entries().get(0),
                DeployedSetup.measured(calibration, SHOP.withMix(orderHeavy).measure(calibration)));

        PerformanceModel model = PerformanceModel.fit(mixed);

        assertThat(model.entryShares()).containsExactly(entry("B", 0.6), entry("O", 0.4));
    }

    @Test
    void refusesAnEntryNeverMeasuredRunningAlone() {
        DeployedSetup initial = CALIBRATED.entries().get(0);
        SetupStatistics s = initial.statistics();
        List<EntryStatistics> withUnknown = new ArrayList<>(s.entries());
        withUnknown.add(new EntryStatistics("X", 40, 0.1, 40, s.clientLatency(), s.rootDuration(), 1));
        SetupStatistics unknownEntry = new SetupStatistics(s.application(), s.setupVersion(), s.sampleSize(),
                s.clientLatency(), s.rootDuration(), s.costPer1000RootRequestsUsd(), s.coldStartRatio(),
                s.errorRatio(), s.clientErrorRatio(), s.callGraph(), s.functions(), withUnknown);

        assertThatThrownBy(() -> PerformanceModel.fit(History.of(DeployedSetup.measured(initial.setup(),
                unknownEntry)))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("entry tasks [X] received root requests but were never measured running alone");
    }

    @Test
    void givesASingleEntryTheWholeWeight() {
        SimulatedApplication iot = SimulatedApplication.iot();
        PerformanceModel model = PerformanceModel.fit(GroundTruth.measured(iot, iot.allRemote(1024)));

        Prediction forecast = model.predict(iot.allRemote(1024));

        assertThat(model.entryShares()).containsExactly(entry("I", 1.0));
        assertThat(forecast.entries()).singleElement().satisfies(e -> {
            assertThat(e.requestShare()).isEqualTo(1.0);
            assertThat(e.p50Ms()).isEqualTo(forecast.rootLatencyP50Ms());
            assertThat(e.meanMs()).isEqualTo(forecast.rootLatencyMeanMs());
        });
    }
}
