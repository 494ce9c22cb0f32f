package io.fusionize.deploy.loop;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupDiff;
import io.fusionize.monitor.DurationSummary;
import io.fusionize.monitor.FunctionStatistics;
import io.fusionize.monitor.SetupStatistics;
import io.fusionize.optimizer.Optimizer;
import io.fusionize.optimizer.Proposal;
import io.fusionize.optimizer.SetupJudge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The round engine on a fake stage and a fake optimizer: no platform, no monitor. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RoundEngineTests {

    private static final String APP = "greeting";
    private static final long MIN_SAMPLES = 20;

    private final Map<Integer, SetupStatistics> measured = new HashMap<>();
    private final FakeStage stage = new FakeStage();
    private final List<String> heard = new ArrayList<>();

    @Test
    void bestIsNeverASetupMeasuredOnlyOnce() throws Exception {
        RoundEngine engine = engineStoppingAfter(2);
        measuredAs(1, 50, 100);
        measuredAs(2, 50, 80);
        measuredAs(3, 1, 10); // the memory sweep's next step, one request before the loop stopped

        engine.run();

        assertThat(engine.state().currentVersion()).isEqualTo(3);
        assertThat(engine.best()).map(best -> best.setup().version()).contains(2);
    }

    @Test
    void endsOnTheBestMeasuredSetupWhenTheLastRoundDeployedOneMeasuredOnce() throws Exception {
        RoundEngine engine = engineStoppingAfter(2);
        measuredAs(1, 50, 100);
        measuredAs(2, 50, 80);
        measuredAs(3, 1, 10);
        engine.run();

        FinalSetup last = engine.finish();

        assertThat(last.version()).isEqualTo(2).isEqualTo(engine.state().currentVersion());
        assertThat(last.measured()).isTrue();
        assertThat(last.describe()).startsWith("final setup v2: greeting v2: Greet@2048")
                .contains("n=50").doesNotContain("fewer");
        assertThat(last.replacement()).hasValueSatisfying(line -> assertThat(line)
                .startsWith("ending on v2, the best measured setup, rather than v3, which served last (")
                .contains("n=1"));
        assertThat(stage.deployed).containsExactly(1, 2, 3);
        assertThat(stage.servedAgain).as("only the resume serves a setup again").containsExactly(1);
    }

    @Test
    void endsOnTheServingSetupWhenItIsTheBestMeasured() throws Exception {
        RoundEngine engine = engineStoppingAfter(1);
        measuredAs(1, 50, 100);
        measuredAs(2, 40, 60);
        engine.run();

        FinalSetup last = engine.finish();

        assertThat(last.version()).isEqualTo(2).isEqualTo(engine.state().currentVersion());
        assertThat(last.replacement()).isEmpty();
    }

    @Test
    void stoppedBeforeAnySetupWasMeasuredEnoughEndsOnTheServingOneAndSaysSo() throws Exception {
        RoundEngine engine = engineStoppingAfter(0);
        measuredAs(1, 3, 100);
        engine.stop();

        RoundsOutcome outcome = engine.run();
        FinalSetup last = engine.finish();

        assertThat(outcome.ending()).isEqualTo(RoundsOutcome.Ending.STOPPED);
        assertThat(last.version()).isEqualTo(1).isEqualTo(engine.state().currentVersion());
        assertThat(last.measured()).isFalse();
        assertThat(last.describe()).contains("n=3").contains("fewer complete requests than a round needs");
    }

    @Test
    void finishEndsTheRounds() throws Exception {
        RoundEngine engine = engineStoppingAfter(0);
        measuredAs(1, 50, 100);

        engine.finish();

        assertThat(engine.playRoundIfDue()).isEmpty();
        assertThat(heard).isEmpty();
    }

    private RoundEngine engineStoppingAfter(int rounds) {
        RoundDecider decider = new RoundDecider(memorySweep(), new SetupJudge(), MIN_SAMPLES);
        RoundEngine engine = new RoundEngine(decider, stage, RoundEnd.atDeployment(), RoundLimits.continuous(rounds),
                (state, decision) -> heard.add(decision.text()));
        Setup first = greeting(1, 1024);
        stage.deployed.add(1); // as the loop that stored the state did
        engine.resume(LoopState.initial(APP).withDeployed(new LoopEntry(first, "initial", false, null)));
        return engine;
    }

    /** Doubles every function's memory, one setup per round, and never converges. */
    private static Optimizer memorySweep() {
        return history -> {
            Setup last = history.last().setup();
            Setup next = greeting(history.nextVersion(), last.functions().get(0).memoryMb() * 2);
            return new Proposal.NextSetup(next, SetupDiff.between(last, next), "the sweep tries more memory");
        };
    }

    private static Setup greeting(int version, int memoryMb) {
        return new Setup(APP, version, List.of(new FunctionSpec("Greet", memoryMb, Set.of(), Set.of())));
    }

    private void measuredAs(int version, long samples, double medianMs) {
        DurationSummary latency = new DurationSummary(samples, medianMs, medianMs, medianMs * 2, medianMs * 3,
                medianMs * 4);
        FunctionStatistics greet = new FunctionStatistics("Greet", APP + "-Greet", 1024, samples, 1, 0, 0, 0, 0,
                latency, medianMs, 100, 0.000001);
        measured.put(version, new SetupStatistics(APP, version, samples, latency, latency, 0.02, 0.01, 0, 0,
                List.of(), List.of(greet)));
    }

    /** Serves setups nowhere; their statistics are whatever the test says was measured. */
    private final class FakeStage implements SetupStage {

        final List<Integer> deployed = new ArrayList<>();
        final List<Integer> servedAgain = new ArrayList<>();

        @Override
        public Setup deploy(Setup setup) {
            deployed.add(setup.version());
            return setup;
        }

        @Override
        public void serveAgain(Setup setup) {
            servedAgain.add(setup.version());
        }

        @Override
        public IntFunction<SetupStatistics> measurements() {
            return version -> measured.getOrDefault(version, SetupStatistics.empty(APP, version));
        }
    }
}
