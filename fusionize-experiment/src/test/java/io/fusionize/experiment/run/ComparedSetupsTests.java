package io.fusionize.experiment.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.fusionize.core.setup.Setup;
import io.fusionize.deploy.load.LoadProfiles;
import io.fusionize.experiment.report.SetupRun;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ComparedSetupsTests {

    private static final SetupMeasurer.BoundedLoad LOAD = new SetupMeasurer.BoundedLoad(
            LoadProfiles.constant(1, Duration.ofSeconds(1)), 1, Duration.ofSeconds(1), Optional.empty());

    @Test
    void allRemoteAndOptimizedAlternateAndAllLocalRunsOnceLast() throws Exception {
        FakeMeasurer measurer = new FakeMeasurer();
        List<String> log = new ArrayList<>();
        Setup setup = FakeMeasurer.setup();

        List<MeasuredBlock> blocks = new ComparedSetups(measurer, LOAD, 3, log::add).measure(setup, setup, setup);

        assertThat(measurer.measured()).containsExactly("all-remote", "optimized", "all-remote", "optimized",
                "all-remote", "optimized", "all-local");
        assertThat(blocks).extracting(MeasuredBlock::block).containsExactly(1, 1, 2, 2, 3, 3, 1);
        assertThat(log).contains("measuring optimized, block 2 of 3", "measuring all-local");
    }

    @Test
    void everyBlockIsDeployedAsAVersionOfItsOwn() throws Exception {
        Setup setup = FakeMeasurer.setup();

        List<MeasuredBlock> blocks = new ComparedSetups(new FakeMeasurer(), LOAD, 2, line -> { })
                .measure(setup, setup, setup);

        assertThat(blocks).extracting(block -> block.measurement().setup().version()).doesNotHaveDuplicates();
        assertThat(blocks.get(2).toReport().run().name()).isEqualTo(SetupRun.ALL_REMOTE);
        assertThat(blocks.get(2).toReport().block()).isEqualTo(2);
    }

    @Test
    void oneRepetitionMeasuresEachSetupOnce() throws Exception {
        FakeMeasurer measurer = new FakeMeasurer();
        Setup setup = FakeMeasurer.setup();

        new ComparedSetups(measurer, LOAD, 1, line -> { }).measure(setup, setup, setup);

        assertThat(measurer.measured()).containsExactly("all-remote", "optimized", "all-local");
        assertThatThrownBy(() -> new ComparedSetups(measurer, LOAD, 0, line -> { }))
                .hasMessage("repetitions must be at least 1, was 0");
    }
}
