package io.fusionize.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.monitor.DurationSummary;
import io.fusionize.monitor.FunctionStatistics;
import io.fusionize.monitor.SetupStatistics;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 300, unit = TimeUnit.SECONDS)
class SetupJudgeTests {

    private final SetupJudge judge = new SetupJudge();

    @Test
    void findsNothingWrongWithAHealthySetup() {
        Verdict verdict = judge.judge(Statistics.setup(2, 50, 40, 1, 0.01), Optional.of(Statistics.setup(1, 60, 50,
                1, 0.01)));

        assertThat(verdict.bad()).isFalse();
        assertThat(verdict.reasons()).isEmpty();
    }

    @Test
    void judgesAHigherErrorRatioThanTheBestBad() {
        Verdict verdict = judge.judge(Statistics.setup(2, 50, 40, 1, 0.02), Optional.of(Statistics.setup(1, 60, 50,
                1, 0.01)));

        assertThat(verdict.bad()).isTrue();
        assertThat(verdict.reasons()).singleElement().asString()
                .contains("invocation error ratio 2.00 %", "best setup's (v1) 1.00 %");
    }

    @Test
    void toleratesAnErrorRiseWithinItsTolerance() {
        SetupJudge lenient = new SetupJudge(SetupJudge.DEFAULT_LATENCY_TIE, 0.05);

        Verdict verdict = lenient.judge(Statistics.setup(2, 50, 40, 1, 0.02), Optional.of(Statistics.setup(1, 60,
                50, 1, 0.01)));

        assertThat(verdict.bad()).isFalse();
    }

    @Test
    void judgesTimeoutsAndOutOfMemoryBadEvenWithoutAPreviousBest() {
        FunctionStatistics starved = new FunctionStatistics("CW", "iot-CW", 128, 10, 0, 3, 1, 2, 0,
                DurationSummary.empty(), 0, 128, 0);
        SetupStatistics stats = new SetupStatistics("iot", 3, 10, DurationSummary.empty(), DurationSummary.empty(),
                0, 0, 0.3, 0, List.of(), List.of(starved));

        Verdict verdict = judge.judge(stats, Optional.empty());

        assertThat(verdict.bad()).isTrue();
        assertThat(verdict.reasons()).containsExactly("iot-CW at 128 MB: 1 invocations timed out",
                "iot-CW at 128 MB: 2 invocations ran out of memory");
    }

    @Test
    void ranksByMedianLatencyAndBreaksNearTiesByCost() {
        History history = History.of(entry(1, Statistics.setup(1, 100, 90, 10, 0)),
                entry(2, Statistics.setup(2, 50, 45, 30, 0)),
                entry(3, Statistics.setup(3, 52, 47, 20, 0)),
                entry(4, Statistics.setup(4, 70, 60, 5, 0)));

        assertThat(judge.best(history)).get().extracting(e -> e.setup().version()).isEqualTo(3);
    }

    @Test
    void tiesASetupWhoseMedianLiesWithinTheFastestMediansConfidenceInterval() {
        // v1's median could as well have been 58 ms in another sample; v2 at 56 ms is not measurably slower
        SetupStatistics fastButNoisy = withClientLatency(Statistics.setup(1, 50, 45, 30, 0),
                new DurationSummary(100, 52, 50, 90, 95, 99, 44, 58));
        SetupStatistics cheaper = Statistics.setup(2, 56, 50, 20, 0);
        SetupStatistics slower = Statistics.setup(3, 59, 52, 5, 0);

        History history = History.of(entry(1, fastButNoisy), entry(2, cheaper), entry(3, slower));

        assertThat(judge.best(history)).get().extracting(e -> e.setup().version()).isEqualTo(2);
    }

    @Test
    void tiesASetupWhoseMedianIntervalOverlapsTheFastestOnes() {
        // measured in one demo run: 57.7 ms [52.7, 61.4] against 61.5 ms [52.9, 70.7], n = 18 each
        SetupStatistics fastest = withClientLatency(Statistics.setup(3, 57.7, 40, 10.4, 0),
                new DurationSummary(18, 60, 57.7, 83, 91, 91, 52.7, 61.4));
        SetupStatistics fused = withClientLatency(Statistics.setup(6, 61.5, 40, 6.7, 0),
                new DurationSummary(18, 63, 61.5, 85, 86, 86, 52.9, 70.7));
        SetupStatistics clearlySlower = withClientLatency(Statistics.setup(7, 90, 60, 1, 0),
                new DurationSummary(18, 90, 90, 99, 99, 99, 80, 95));

        History history = History.of(entry(3, fastest), entry(6, fused), entry(7, clearlySlower));

        assertThat(judge.best(history)).get().extracting(e -> e.setup().version()).isEqualTo(6);
    }

    @Test
    void ignoresSetupsMarkedBadAndUnmeasured() {
        History history = History.of(entry(1, Statistics.setup(1, 100, 90, 10, 0)),
                entry(2, Statistics.setup(2, 10, 9, 1, 0)).markedBad(),
                entry(3, SetupStatistics.empty("app", 3)));

        assertThat(judge.best(history)).get().extracting(e -> e.setup().version()).isEqualTo(1);
    }

    @Test
    void ranksByRootDurationWhenSomeSetupLacksClientLatency() {
        History history = History.of(entry(1, Statistics.setup(1, 10, 90, 10, 0)),
                entry(2, Statistics.setup(2, -1, 50, 10, 0)));

        assertThat(judge.best(history)).get().extracting(e -> e.setup().version()).isEqualTo(2);
    }

    @Test
    void findsNoBestInAnUnmeasuredHistory() {
        assertThat(judge.best(History.of(entry(1, SetupStatistics.empty("app", 1))))).isEmpty();
    }

    @Test
    void scoresWithTheClientsMedianWhenMeasuredAtTheGateway() {
        SetupScore score = SetupScore.of(Statistics.setup(7, 55, 40, 12.5, 0.02));

        assertThat(score).isEqualTo(new SetupScore(7, 100, 55, 12.5, 0.02));
        assertThat(score.toString()).isEqualTo("v7: median 55.0 ms, $12.5000 per 1,000 requests, 2.00 % errors, n=100");
    }

    private static SetupStatistics withClientLatency(SetupStatistics s, DurationSummary clientLatency) {
        return new SetupStatistics(s.application(), s.setupVersion(), s.sampleSize(), clientLatency, s.rootDuration(),
                s.costPer1000RootRequestsUsd(), s.coldStartRatio(), s.errorRatio(), s.clientErrorRatio(), s.callGraph(),
                s.functions());
    }

    private static DeployedSetup entry(int version, SetupStatistics stats) {
        Setup setup = new Setup("app", version, List.of(new FunctionSpec("A", 128 * version, Set.of(), Set.of())));
        return DeployedSetup.measured(setup, stats);
    }
}
