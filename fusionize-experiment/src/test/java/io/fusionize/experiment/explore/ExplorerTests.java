package io.fusionize.experiment.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.fusionize.deploy.load.ProgressListener;
import io.fusionize.deploy.loop.EmbeddedPlatform;
import io.fusionize.experiment.fixture.ForkApplication;
import io.fusionize.experiment.run.ExperimentOptions;

@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ExplorerTests {

    @TempDir
    Path out;

    @Test
    void measuresTheWholeSpaceOfASmallApplicationAndWritesTheOracle() throws Exception {
        ExperimentOptions experiment = ExperimentOptions.builder(ForkApplication.NAME, "constant:2:2", out)
                .warmUp(Duration.ofSeconds(1)).progress(ProgressListener.none())
                .log(line -> System.out.println("explore: " + line)).build();

        Exploration found = new Explorer(new ExploreOptions(experiment, List.of(1024), RoutingChoice.DEFAULT, 2),
                EmbeddedPlatform::start).run();

        OracleJson.Document oracle = OracleJson.read(out.resolve(OracleJson.FILE));
        assertThat(oracle.setupsInSpace()).isEqualTo(4);
        assertThat(oracle.measured()).isEqualTo(4);
        assertThat(oracle.setups()).extracting(OracleJson.Row::setup).containsExactly("Front@1024, Work@1024, "
                + "Log@1024", "Front+Work@1024, Log@1024", "Front+Work&Log@1024", "Front&Log@1024, Work@1024");
        assertThat(oracle.setups()).allSatisfy(row -> {
            assertThat(row.failed()).as(row.setup()).isZero();
            assertThat(row.requests()).as(row.setup()).isEqualTo(2 * 4);
            assertThat(row.p50Ms()).as(row.setup()).isPositive();
            assertThat(row.p50CiMs().get(0)).as(row.setup()).isLessThanOrEqualTo(row.p50Ms());
            assertThat(row.costPer1kUsd()).as(row.setup()).isPositive();
        });
        assertThat(oracle.front()).isNotEmpty();
        assertThat(oracle.best().balanced()).isNotNull();
        assertThat(found.stopped()).isFalse();
        assertThat(Files.readString(out.resolve(OracleReport.FILE))).contains("Measured 4 of 4 planned setups");
        assertThat(out.resolve(FrontChart.FILE)).isNotEmptyFile();
    }

    @Test
    void aStopEndsTheExplorationAndWritesWhatWasMeasured() throws Exception {
        AtomicReference<Explorer> explorer = new AtomicReference<>();
        // Stopping from the log line of the first measurement makes the stop land at a known point.
        ExperimentOptions experiment = ExperimentOptions.builder(ForkApplication.NAME, "coldstart:1", out)
                .progress(ProgressListener.none()).log(line -> {
                    System.out.println("explore: " + line);
                    if (line.startsWith("setup 1 of 2, pass 1 of 2")) {
                        explorer.get().stop();
                    }
                }).build();
        explorer.set(new Explorer(new ExploreOptions(experiment, List.of(512), RoutingChoice.parse("sample:0"), 2),
                EmbeddedPlatform::start));

        Exploration found = explorer.get().run();

        assertThat(found.stopped()).isTrue();
        OracleJson.Document oracle = OracleJson.read(out.resolve(OracleJson.FILE));
        assertThat(oracle.measured()).isEqualTo(1);
        assertThat(oracle.setups().get(0).setup()).isEqualTo("Front@512, Work@512, Log@512");
        assertThat(oracle.setups().get(0).failed()).isZero();
        assertThat(Files.readString(out.resolve(OracleReport.FILE))).contains("Measured 1 of 2 planned setups")
                .contains("stopped before every planned measurement was made");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }
}
