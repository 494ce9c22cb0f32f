package io.fusionize.deploy.loop;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupDiff;
import io.fusionize.monitor.CallEdge;
import io.fusionize.monitor.DurationSummary;
import io.fusionize.monitor.FunctionStatistics;
import io.fusionize.monitor.SetupStatistics;
import io.fusionize.optimizer.FusionizeHeuristic;
import io.fusionize.optimizer.Proposal;
import io.fusionize.optimizer.SetupJudge;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RoundDeciderTests {

    private static final String APP = "greeting";

    private final Map<Integer, SetupStatistics> measured = new HashMap<>();
    private final RoundDecider decider = new RoundDecider(new FusionizeHeuristic(), new SetupJudge(), 20);

    @Test
    void waitsForTheMinimumSampleSize() {
        LoopState state = deployed(allRemote(1));
        measured.put(1, stats(1, 19, 100, List.of(), 0));

        Decision decision = decider.decide(state, this::statistics);

        assertThat(decision.kind()).isEqualTo(Decision.Kind.WAIT);
        assertThat(decision.text()).contains("19 of 20");
    }

    @Test
    void waitsUntilEveryRemoteCalleeHasRecordsOfItsOwn() {
        LoopState state = deployed(allRemote(1));
        CallEdge asyncToNote = new CallEdge("Greet", "Greet", "Note", 0, 0, 0, 50, 500, 0, 1, 0);
        measured.put(1, stats(1, 50, 100, List.of(asyncToNote), 0));

        Decision decision = decider.decide(state, this::statistics);

        assertThat(decision.kind()).isEqualTo(Decision.Kind.WAIT);
        assertThat(decision.text()).contains("Note");
    }

    @Test
    void deploysTheOptimizersNextSetupAndSaysWhy() {
        LoopState state = deployed(allRemote(1));
        measured.put(1, stats(1, 50, 100, List.of(syncRemoteEdge()), 0));

        Decision decision = decider.decide(state, this::statistics);

        assertThat(decision.kind()).isEqualTo(Decision.Kind.DEPLOY);
        assertThat(decision.target().version()).isEqualTo(2);
        assertThat(decision.target().function("Greet").orElseThrow().inlineSync()).contains("Shout");
        assertThat(decision.text()).contains("v1 → v2").contains("Shout").contains("Because");
    }

    @Test
    void rollsBackASetupThatRanOutOfMemoryToTheBestEarlierOne() {
        Setup first = allRemote(1);
        Setup second = new Setup(APP, 2, List.of(new FunctionSpec("Greet", 128, Set.of("Shout"), Set.of()),
                new FunctionSpec("Shout", 1024, Set.of(), Set.of()),
                new FunctionSpec("Note", 1024, Set.of(), Set.of())));
        LoopState state = deployed(first).withDeployed(new LoopEntry(second, "test", false, null));
        measured.put(1, stats(1, 50, 100, List.of(syncRemoteEdge()), 0));
        measured.put(2, stats(2, 50, 80, List.of(), 3));

        Decision decision = decider.decide(state, this::statistics);

        assertThat(decision.kind()).isEqualTo(Decision.Kind.ROLLBACK);
        assertThat(decision.target()).isEqualTo(first);
        assertThat(decision.text()).contains("v2 is bad").contains("ran out of memory").contains("Rolling back to v1");
    }

    @Test
    void keepsAFailingSetupWhenNothingEarlierRanWell() {
        LoopState state = deployed(allRemote(1));
        measured.put(1, stats(1, 50, 100, List.of(), 2));

        Decision decision = decider.decide(state, this::statistics);

        assertThat(decision.kind()).isEqualTo(Decision.Kind.KEEP);
    }

    @Test
    void onlyMonitorsOnceConverged() {
        LoopState state = deployed(allRemote(1)).withConverged("done");
        measured.put(1, stats(1, 50, 100, List.of(), 0));

        RoundDecider settled = new RoundDecider(history -> new Proposal.Converged(history.last().setup(), "done"),
                new SetupJudge(), 20);

        Decision decision = settled.decide(state, this::statistics);

        assertThat(decision.kind()).isEqualTo(Decision.Kind.MONITOR);
        assertThat(decision.text()).contains("median 100.0 ms");
    }

    @Test
    void exploresAgainWhenTheCallGraphDriftsAfterConvergence() {
        LoopState state = deployed(allRemote(1)).withConverged("done");
        measured.put(1, stats(1, 50, 100, List.of(syncRemoteEdge()), 0));

        Decision decision = decider.decide(state, this::statistics);

        assertThat(decision.kind()).isEqualTo(Decision.Kind.DEPLOY);
        assertThat(decision.text()).contains("drifted");
    }

    @Test
    void neverDeploysAProposalMarkedBad() {
        Setup first = allRemote(1);
        Setup bad = first.withVersion(2);
        LoopState state = deployed(first).withDeployed(new LoopEntry(bad, "test", false, null))
                .withBad(2, "ran out of memory").withCurrent(1);
        measured.put(1, stats(1, 50, 100, List.of(), 0));
        measured.put(2, stats(2, 50, 100, List.of(), 5));
        RoundDecider stubborn = new RoundDecider(history -> new Proposal.NextSetup(bad.withVersion(3),
                SetupDiff.between(first, bad), "it again"), new SetupJudge(), 20);

        Decision decision = stubborn.decide(state, this::statistics);

        assertThat(decision.kind()).isEqualTo(Decision.Kind.CONVERGE);
        assertThat(decision.target()).isEqualTo(first);
        assertThat(decision.text()).contains("already marked bad");
    }

    private SetupStatistics statistics(int version) {
        return measured.getOrDefault(version, SetupStatistics.empty(APP, version));
    }

    private static LoopState deployed(Setup setup) {
        return LoopState.initial(APP).withDeployed(new LoopEntry(setup, "initial", false, null));
    }

    private static Setup allRemote(int version) {
        return new Setup(APP, version, List.of(new FunctionSpec("Greet", 1024, Set.of(), Set.of()),
                new FunctionSpec("Shout", 1024, Set.of(), Set.of()),
                new FunctionSpec("Note", 1024, Set.of(), Set.of())));
    }

    private static CallEdge syncRemoteEdge() {
        return new CallEdge("Greet", "Greet", "Shout", 0, 50, 0, 0, 500, 500, 20, 0);
    }

    private static SetupStatistics stats(int version, long samples, double medianMs, List<CallEdge> edges,
            long outOfMemory) {
        DurationSummary latency = new DurationSummary(samples, medianMs, medianMs, medianMs * 2, medianMs * 3,
                medianMs * 4);
        FunctionStatistics greet = new FunctionStatistics("Greet", APP + "-Greet", 1024, samples, 1, outOfMemory, 0,
                outOfMemory, 0, latency, medianMs, 100, 0.000001);
        FunctionStatistics shout = new FunctionStatistics("Shout", APP + "-Shout", 1024, samples, 1, 0, 0, 0, 0,
                latency, medianMs, 100, 0.000001);
        return new SetupStatistics(APP, version, samples, latency, latency, 0.02, 0.01, 0, 0, edges,
                List.of(greet, shout));
    }
}
