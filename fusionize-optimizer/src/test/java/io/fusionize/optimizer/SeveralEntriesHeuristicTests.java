package io.fusionize.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.monitor.DurationSummary;
import io.fusionize.monitor.EntryStatistics;
import io.fusionize.monitor.SetupStatistics;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SeveralEntriesHeuristicTests {

    private static final AppSimulation SHOP = AppSimulation.shop();

    private final FusionizeHeuristic heuristic = new FusionizeHeuristic();

    @Test
    void inlinesTheSyncCallsReachableFromEveryEntry() {
        Exploration run = Exploration.run(heuristic, SHOP.allRemote(1024), SHOP::measure);

        List<String> fusionChanges = run.nextSetups().stream().limit(4)
                .map(p -> String.join("; ", p.diff().changes())).toList();

        assertThat(fusionChanges).containsExactly("inline C into B", "inline P into B", "inline V into O",
                "inline P into O");
        assertThat(run.result.best().function("B").orElseThrow().inlineSync()).containsExactlyInAnyOrder("C", "P");
        assertThat(run.result.best().function("O").orElseThrow().inlineSync()).containsExactlyInAnyOrder("V", "P");
        assertThat(run.result.best().function("O").orElseThrow().inlineAsync()).isEmpty();
    }

    @Test
    void measuresEachEntrysShareOfTheMix() {
        SetupStatistics stats = SHOP.measure(SHOP.allRemote(1024));

        assertThat(stats.entries()).extracting(EntryStatistics::entryTask, EntryStatistics::requestShare)
                .containsExactly(tuple("B", 0.8), tuple("O", 0.2));
        double weighted = 0.8 * stats.entry("B").orElseThrow().clientLatency().p50Ms()
                + 0.2 * stats.entry("O").orElseThrow().clientLatency().p50Ms();
        assertThat(SetupScore.of(stats).medianLatencyMs()).isCloseTo(weighted, within(1e-9));
        assertThat(SetupScore.of(stats).costPer1000RootRequestsUsd()).isCloseTo(
                0.8 * stats.entry("B").orElseThrow().costPer1000RootRequestsUsd()
                        + 0.2 * stats.entry("O").orElseThrow().costPer1000RootRequestsUsd(), within(1e-12));
    }

    @Test
    void ranksAQuieterEntryGettingFasterAlthoughTheMixsMedianStaysPut() {
        // the busy entry's 80 % of requests hold the mix's median at 10 ms in both setups
        DeployedSetup slowQuietEntry = entry(1, 10, 100, 1.0);
        DeployedSetup fastQuietEntry = entry(2, 10, 50, 1.5);

        DeployedSetup best = new SetupJudge().best(History.of(slowQuietEntry, fastQuietEntry)).orElseThrow();

        assertThat(slowQuietEntry.statistics().clientLatency().p50Ms())
                .isEqualTo(fastQuietEntry.statistics().clientLatency().p50Ms());
        assertThat(best.setup().version()).isEqualTo(2);
        assertThat(SetupScore.of(best.statistics()).medianLatencyMs()).isCloseTo(0.8 * 10 + 0.2 * 50, within(1e-9));
    }

    @Test
    void ranksByWeightedRootDurationsWhenSomeSetupLacksClientLatency() {
        DeployedSetup measuredAtGateway = entry(1, 10, 100, 1.0);
        SetupStatistics s = entry(2, 10, 50, 1.5).statistics();
        SetupStatistics withoutClients = new SetupStatistics(s.application(), 2, s.sampleSize(),
                DurationSummary.empty(), s.rootDuration(), s.costPer1000RootRequestsUsd(), 0, 0, 0, List.of(),
                List.of(), s.entries().stream().map(e -> new EntryStatistics(e.entryTask(), e.rootRequests(),
                        e.requestShare(), e.costedRequests(), DurationSummary.empty(), e.rootDuration(),
                        e.costPer1000RootRequestsUsd())).toList());
        DeployedSetup fastWithoutClients = DeployedSetup.measured(setup(2), withoutClients);

        DeployedSetup best = new SetupJudge().best(History.of(measuredAtGateway, fastWithoutClients)).orElseThrow();

        assertThat(best.setup().version()).isEqualTo(2);
        assertThat(SetupScore.ofRootDuration(withoutClients).medianLatencyMs()).isCloseTo(0.8 * 8 + 0.2 * 48,
                within(1e-9));
    }

    // Entry A: 80 requests at busyMs; entry Q: 20 at quietMs; root durations 2 ms below the clients' view.
    private static DeployedSetup entry(int version, double busyMs, double quietMs, double costPer1000) {
        List<EntryStatistics> entries = List.of(
                new EntryStatistics("A", 80, 0.8, 80, Statistics.latency(busyMs), Statistics.latency(busyMs - 2),
                        costPer1000),
                new EntryStatistics("Q", 20, 0.2, 20, Statistics.latency(quietMs), Statistics.latency(quietMs - 2),
                        costPer1000));
        SetupStatistics stats = new SetupStatistics("app", version, 100, Statistics.latency(busyMs),
                Statistics.latency(busyMs - 2), costPer1000, 0, 0, 0, List.of(),
                List.of(Statistics.function("A", 512, busyMs)), entries);
        return DeployedSetup.measured(setup(version), stats);
    }

    private static Setup setup(int version) {
        return new Setup("app", version, List.of(new FunctionSpec("A", 512, Set.of(), Set.of()),
                new FunctionSpec("Q", 512 + version, Set.of(), Set.of())));
    }
}
