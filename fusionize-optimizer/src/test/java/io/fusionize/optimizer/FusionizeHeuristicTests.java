package io.fusionize.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupText;
import io.fusionize.monitor.CallEdge;
import io.fusionize.monitor.SetupStatistics;
import io.fusionize.optimizer.internal.Plans;
import io.fusionize.protocol.billing.PriceTable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FusionizeHeuristicTests {

    private static final AppSimulation IOT = AppSimulation.iot();
    private static final Setup PAPER_FUSION =
            SetupText.parse("iot v1: I+CW+SE@1024, CW@1024, SE@1024, CT@1024, CS+CSL+CSA@1024, CSL@1024, "
                    + "CSA@1024, CA+DJ@1024, DJ@1024, AS@1024");
    private static final String[] FUNCTIONS_IN_USE = {"I", "CT", "CS", "CA", "AS"};

    private final FusionizeHeuristic heuristic = new FusionizeHeuristic();

    private Exploration exploreIot() {
        return Exploration.run(heuristic, IOT.allRemote(1024), IOT::measure);
    }

    @Test
    void reachesThePapersFusionFromAllRemote() {
        Exploration run = exploreIot();

        Setup afterFusion = run.nextSetups().get(4).setup();

        assertThat(Plans.sameFusion(afterFusion, PAPER_FUSION)).as(SetupText.format(afterFusion)).isTrue();
        assertThat(Plans.sameFusion(run.result.best(), PAPER_FUSION)).isTrue();
        assertThat(run.result.best().functions()).allSatisfy(f -> assertThat(f.inlineAsync()).isEmpty());
    }

    @Test
    void changesExactlyOneRulePerFusionRound() {
        Exploration run = exploreIot();

        List<String> fusionChanges = run.nextSetups().stream().limit(5)
                .map(p -> String.join("; ", p.diff().changes())).toList();

        assertThat(fusionChanges).containsExactly("inline CW into I", "inline SE into I", "inline CSL into CS",
                "inline CSA into CS", "inline DJ into CA");
        assertThat(run.nextSetups().get(0).explanation())
                .contains("from v1", "100 sync calls to CW from function I remotely", "[inline CW into I]");
    }

    @Test
    void inlinesAChainCalledFromInsideAnInlinedTaskIntoTheCallersFunction() {
        AppSimulation tree = AppSimulation.tree();

        Exploration run = Exploration.run(heuristic, tree.allRemote(1024), tree::measure);

        assertThat(run.nextSetups().stream().limit(3).map(p -> String.join("; ", p.diff().changes())))
                .containsExactly("inline B into A", "inline D into A", "inline E into A");
        assertThat(run.result.best().function("A").orElseThrow().inlineSync()).containsExactly("B", "D", "E");
        assertThat(run.result.best().function("C").orElseThrow().inlineSync()).isEmpty();
    }

    @Test
    void triesEveryMemorySizeOnceForTheSettledFusion() {
        Exploration run = exploreIot();

        Map<Integer, Long> sweepsBySize = run.history.entries().stream()
                .map(DeployedSetup::setup)
                .filter(s -> Plans.sameFusion(s, PAPER_FUSION))
                .map(Plans::uniformMemory).filter(OptionalInt::isPresent).map(OptionalInt::getAsInt)
                .collect(Collectors.groupingBy(size -> size, Collectors.counting()));

        assertThat(sweepsBySize).containsOnlyKeys(HeuristicOptions.PAPER_MEMORY_SIZES)
                .allSatisfy((size, count) -> assertThat(count).as("%d MB", size).isEqualTo(1));
    }

    @Test
    void marksTheTooSmallSizeBadAndNeverChoosesIt() {
        Exploration run = exploreIot();

        Setup tuned = lastProposed(run);

        assertThat(run.history.entries()).filteredOn(DeployedSetup::bad).singleElement()
                .satisfies(bad -> assertThat(Plans.uniformMemory(bad.setup())).hasValue(128));
        assertThat(tuned.functions()).allSatisfy(f -> assertThat(f.memoryMb()).isNotEqualTo(128));
    }

    @Test
    void givesEachFunctionItsCheapestMeasuredSize() {
        Exploration run = exploreIot();

        Map<String, Integer> tunedSizes = memoryOf(lastProposed(run), FUNCTIONS_IN_USE);

        assertThat(tunedSizes).isEqualTo(cheapestGoodSweep(run.history, FUNCTIONS_IN_USE));
        assertThat(Set.copyOf(tunedSizes.values())).as("sizes differ between functions").hasSizeGreaterThan(1);
        assertThat(run.nextSetups().get(run.nextSetups().size() - 1).reason())
                .contains("lowest mean cost per invocation", "CW keeps 2048 MB (no usable measurement)");
    }

    @Test
    void convergesOnTheBestMeasuredSetupAfterTwelveDeployments() {
        Exploration run = exploreIot();

        DeployedSetup best = new SetupJudge().best(run.history).orElseThrow();

        assertThat(run.history.entries()).hasSize(12);
        assertThat(run.result.best()).isEqualTo(best.setup());
        assertThat(run.result.reason()).contains("converged", "are those of v12", "Best measured setup",
                "median root latency");
    }

    @Test
    void staysConvergedWhileTheServingSetupShowsNothingNew() {
        Exploration run = exploreIot();
        int best = run.result.best().version();

        Proposal again = heuristic.next(run.history.serving(best));

        assertThat(again).isInstanceOf(Proposal.Converged.class);
    }

    @Test
    void exploresAgainWhenTheServingSetupMakesACallNeverSeenBefore() {
        Exploration run = exploreIot();
        int best = run.result.best().version();
        History drifted = new History(run.history.entries().stream()
                .map(e -> e.setup().version() == best ? withNewSyncCall(e, "CA", "XX") : e).toList(), best);

        Proposal proposal = heuristic.next(drifted);

        assertThat(proposal).isInstanceOfSatisfying(Proposal.NextSetup.class, next -> {
            assertThat(next.diff().changes()).containsExactly("inline XX into CA");
            assertThat(next.reason()).startsWith("from v" + best).contains("call graph changed");
            assertThat(next.setup().version()).isEqualTo(run.history.nextVersion());
        });
    }

    private static DeployedSetup withNewSyncCall(DeployedSetup entry, String function, String callee) {
        SetupStatistics s = entry.statistics();
        List<CallEdge> graph = new java.util.ArrayList<>(s.callGraph());
        graph.add(new CallEdge(function, function, callee, 0, 25, 0, 0, 0, 0, 1, 0));
        return new DeployedSetup(entry.setup(), new SetupStatistics(s.application(), s.setupVersion(), s.sampleSize(),
                s.clientLatency(), s.rootDuration(), s.costPer1000RootRequestsUsd(), s.coldStartRatio(),
                s.errorRatio(), s.clientErrorRatio(), graph, s.functions()), entry.bad());
    }

    @Test
    void skipsAChangeMarkedBadAndNeverTriesItAgain() {
        Exploration run = Exploration.run(heuristic, IOT.allRemote(1024), IOT::measure,
                setup -> setup.function("I").orElseThrow().inlineSync().contains("CW"));

        assertThat(run.nextSetups()).filteredOn(p -> p.setup().function("I").orElseThrow().inlineSync()
                .contains("CW")).hasSize(1);
        assertThat(run.nextSetups().get(1).diff().changes()).containsExactly("inline SE into I");
        assertThat(run.nextSetups().get(1).reason()).contains("skipped inline CW into I (marked bad before)");
        assertThat(run.result.best().function("I").orElseThrow().inlineSync()).containsExactly("SE");
    }

    @Test
    void makesAsyncCallsThatRanInlineRemote() {
        Setup everythingInI = SetupText.parse("iot v1: I+CW+SE&CT&CS&CA@1024, CT@1024, CS@1024, CA@1024, "
                + "CW@1024, SE@1024, CSL@1024, CSA@1024, DJ@1024, AS@1024");

        Proposal first = heuristic.next(History.of(DeployedSetup.measured(everythingInI,
                IOT.measure(everythingInI))));

        assertThat(first).isInstanceOfSatisfying(Proposal.NextSetup.class, next -> {
            assertThat(next.diff().changes()).containsExactly("make CT remote from I (async)");
            assertThat(next.setup().version()).isEqualTo(2);
            assertThat(next.explanation()).contains("async calls to CT inline in function I");
        });
    }

    @Test
    void keepsACalleeCalledBothWaysInline() {
        Setup setup = new Setup("app", 1, List.of(
                new FunctionSpec("A", 512, Set.of("B"), Set.of("B")),
                new FunctionSpec("B", 512, Set.of(), Set.of())));
        SetupStatistics stats = new SetupStatistics("app", 1, 10, Statistics.latency(10), Statistics.latency(10),
                1, 0, 0, 0, List.of(new CallEdge("A", "A", "B", 10, 0, 10, 0, 0, 0, 1, 0)),
                List.of(Statistics.function("A", 512, 10)));
        HeuristicOptions oneSize = HeuristicOptions.defaults().withMemorySizes(List.of(512));

        Proposal proposal = new FusionizeHeuristic(oneSize).next(History.of(DeployedSetup.measured(setup, stats)));

        assertThat(proposal).isInstanceOf(Proposal.Converged.class);
    }

    @Test
    void changesFromTheLastGoodSetupAfterARollback() {
        Setup initial = IOT.allRemote(1024);
        Setup broken = Plans.withInlineSync(initial, "I", "CW").withVersion(2);
        History history = History.of(DeployedSetup.measured(initial, IOT.measure(initial)),
                DeployedSetup.measured(broken, IOT.measure(broken)).markedBad());

        Proposal next = heuristic.next(history);

        assertThat(next).isInstanceOfSatisfying(Proposal.NextSetup.class, p -> {
            assertThat(p.setup().version()).isEqualTo(3);
            assertThat(p.diff().changes()).containsExactly("inline SE into I");
            assertThat(p.reason()).startsWith("from v1");
        });
    }

    @Test
    void refusesAnEmptyHistory() {
        assertThatThrownBy(() -> heuristic.next(History.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("initial setup");
    }

    @Test
    void refusesToDecideWithoutMeasurements() {
        History unmeasured = History.of(DeployedSetup.measured(IOT.allRemote(1024), SetupStatistics.empty("iot", 1)));

        assertThatThrownBy(() -> heuristic.next(unmeasured))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no measurements");
    }

    @Test
    void refusesAHistoryOfOnlyBadSetups() {
        Setup initial = IOT.allRemote(1024);
        History allBad = History.of(DeployedSetup.measured(initial, IOT.measure(initial)).markedBad());

        assertThatThrownBy(() -> heuristic.next(allBad))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("marked bad");
    }

    private static Setup lastProposed(Exploration run) {
        return run.nextSetups().get(run.nextSetups().size() - 1).setup();
    }

    // Recomputes, apart from the heuristic, each function's cheapest size over the good sweeps.
    private static Map<String, Integer> cheapestGoodSweep(History history, String... entries) {
        PriceTable prices = PriceTable.awsX86();
        return Arrays.stream(entries).collect(Collectors.toMap(e -> e, e -> history.good().stream()
                .filter(d -> Plans.sameFusion(d.setup(), PAPER_FUSION) && Plans.uniformMemory(d.setup()).isPresent())
                .flatMap(d -> d.statistics().function(e).stream())
                .min(Comparator.comparingDouble(f -> prices.costPerInvocation(f.meanBilledDurationMs(), f.memoryMb())))
                .orElseThrow().memoryMb()));
    }

    private static Map<String, Integer> memoryOf(Setup setup, String... entries) {
        return Arrays.stream(entries).collect(Collectors.toMap(e -> e, e -> setup.function(e).orElseThrow().memoryMb()));
    }
}
