package io.fusionize.experiment.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.fusionize.optimizer.HeuristicOptions;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ExperimentOptionsTests {

    @Test
    void theFullExperimentUsesThePapersSizesAndLongRounds() {
        ExperimentOptions options = ExperimentOptions.builder("iot", "bursty", Path.of("out")).build();

        assertThat(options.memorySizesMb()).isEqualTo(HeuristicOptions.PAPER_MEMORY_SIZES);
        assertThat(options.roundLength()).isEqualTo(Duration.ofSeconds(40));
        assertThat(options.keepAlive()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.stateDirectory()).isEqualTo(Path.of("out", "state"));
    }

    @Test
    void theQuickExperimentIsShorterAndColdStartsGetAShortKeepAlive() {
        ExperimentOptions options = ExperimentOptions.builder("tree", "coldstart:5", Path.of("out")).quick(true).build();

        assertThat(options.memorySizesMb()).isEqualTo(ExperimentOptions.QUICK_MEMORY_SIZES);
        assertThat(options.roundLength()).isEqualTo(Duration.ofSeconds(12));
        assertThat(options.warmUp()).isEqualTo(Duration.ofSeconds(6));
        assertThat(options.keepAlive()).isEqualTo(ExperimentOptions.COLD_START_KEEP_ALIVE);
        assertThat(options.coldStartWorkload()).isTrue();
    }

    @Test
    void rateWorkloadsAlternateThreeBlocksAndColdStartsOne() {
        assertThat(ExperimentOptions.builder("iot", "bursty", Path.of("out")).build().repetitions()).isEqualTo(3);
        assertThat(ExperimentOptions.builder("iot", "constant:3:6", Path.of("out")).quick(true).build().repetitions())
                .isEqualTo(3);
        assertThat(ExperimentOptions.builder("tree", "coldstart:5", Path.of("out")).quick(true).build().repetitions())
                .isEqualTo(1);
        assertThat(ExperimentOptions.builder("tree", "coldstart:5", Path.of("out")).repetitions(2).build()
                .repetitions()).isEqualTo(2);
        assertThatThrownBy(() -> ExperimentOptions.builder("iot", "bursty", Path.of("out")).repetitions(0).build())
                .hasMessage("repetitions must be at least 1, was 0");
    }

    @Test
    void theHeuristicIsTheDefaultOptimizerAndUnknownOnesAreRejected() {
        assertThat(ExperimentOptions.builder("iot", "bursty", Path.of("out")).build().optimizer())
                .isEqualTo("fusionize");
        assertThat(ExperimentOptions.builder("iot", "bursty", Path.of("out")).optimizer("model").build().optimizer())
                .isEqualTo("model");
        assertThatThrownBy(() -> ExperimentOptions.builder("iot", "bursty", Path.of("out")).optimizer("genetic")
                .build()).hasMessage("unknown optimizer 'genetic'; choose fusionize or model");
    }

    @Test
    void rejectsANegativeOverhead() {
        assertThatThrownBy(() -> ExperimentOptions.builder("iot", "bursty", Path.of("out")).emulatedOverheadMs(-1)
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("emulated overhead");
    }
}
