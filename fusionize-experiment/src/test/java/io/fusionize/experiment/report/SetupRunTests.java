package io.fusionize.experiment.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.fusionize.deploy.load.ScaleFactor;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SetupRunTests {

    @Test
    void acceptsOnlyTheAgreedNames() {
        assertThat(Experiments.run("round-12", 10, 1, Experiments.CALM).name()).isEqualTo("round-12");
        assertThat(Experiments.run(SetupRun.setupName(3), 10, 1, Experiments.CALM).name()).isEqualTo("setup-3");
        assertThatThrownBy(() -> Experiments.run("fastest", 10, 1, Experiments.CALM))
                .hasMessage("setup run name 'fastest' must be all-remote, all-local, optimized, round-N or setup-N");
        assertThatThrownBy(() -> Experiments.run("round-", 10, 1, Experiments.CALM)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNegativeOrUnknownCost() {
        assertThatThrownBy(() -> Experiments.run("optimized", 10, Double.NaN, Experiments.CALM))
                .hasMessage("costPer1kUsd must be a finite number of at least 0, was NaN");
    }

    @Test
    void derivesRequestCountsFromTheLoad() {
        SetupRun run = new SetupRun("all-local", "I", Experiments.load(50, 20, 4, "HTTP 429"), 1, 0, 1, Experiments.CALM);

        assertThat(run.requests()).isEqualTo(20);
        assertThat(run.failed()).isEqualTo(5);
        assertThat(run.failureCauses()).containsEntry("HTTP 429", 5L);
    }

    @Test
    void anExperimentRejectsTheSameSetupNameTwice() {
        SetupRun remote = Experiments.run("all-remote", 10, 1, Experiments.CALM);
        ExperimentResult sample = Experiments.iot();

        assertThatThrownBy(() -> new ExperimentResult("iot", "w", sample.platform(), ScaleFactor.none(),
                List.of(remote, remote), List.of(), 0)).hasMessage("setup run 'all-remote' appears more than once");
    }

    @Test
    void summaryUsesNullForPercentilesOfASetupWithoutSuccesses() {
        SetupRun broken = new SetupRun("all-local", "I", Experiments.load(50, 4, 1, "HTTP 500"), 1, 0, 1, Experiments.CALM);

        Summary.SetupSummary summary = Summary.SetupSummary.of(broken);

        assertThat(summary.latencyMs().p50()).isNull();
        assertThat(summary.failed()).isEqualTo(4);
    }
}
