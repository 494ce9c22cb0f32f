package io.fusionize.experiment.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fusionize.deploy.loop.EmbeddedPlatform;
import io.fusionize.deploy.load.ProgressListener;
import io.fusionize.experiment.report.SetupRun;

@Timeout(value = 20, unit = TimeUnit.MINUTES)
class ExperimentRunnerTests {

    @TempDir
    Path out;

    private ExperimentOptions.Builder shortExperiment(String workload) {
        return ExperimentOptions.builder("iot", workload, out).quick(true).warmUp(Duration.ofSeconds(3))
                .memorySizesMb(List.of(1024)).progress(ProgressListener.none())
                .log(line -> System.out.println("experiment: " + line));
    }

    @Test
    void measuresEverySetupOnARealPlatformAndWritesTheReport() throws Exception {
        ExperimentOutcome outcome = new ExperimentRunner(shortExperiment("constant:2:4").maxRounds(1).repetitions(2)
                .build(), EmbeddedPlatform::start).run();

        JsonNode summary = new ObjectMapper().readTree(outcome.files().summary().toFile());
        assertThat(summary.get("app").asText()).isEqualTo("iot");
        assertThat(summary.get("requests").toString()).isEqualTo("{\"source\":\"application\",\"seed\":42}");
        assertThat(summary.get("deploymentsToConverge").asInt()).isEqualTo(1);
        assertThat(summary.get("setups").findValuesAsText("name"))
                .containsExactly(SetupRun.ALL_REMOTE, SetupRun.ALL_LOCAL, "round-1", SetupRun.OPTIMIZED);
        assertThat(summary.get("setups").findValuesAsText("blocks")).containsExactly("2", "1", "1", "2");
        assertThat(outcome.result().blocks()).extracting(block -> block.setupName() + " " + block.block())
                .containsExactly("all-remote 1", "optimized 1", "all-remote 2", "optimized 2", "all-local 1");
        for (JsonNode setup : summary.get("setups")) {
            String name = setup.get("name").asText();
            // 8 requests per block: all-remote and optimized pool two blocks.
            assertThat(setup.get("requests").asLong()).as(name).isEqualTo(8L * setup.get("blocks").asInt());
            assertThat(setup.get("failed").asLong()).as(name).isZero();
            assertThat(setup.get("costPer1kUsd").asDouble()).as(name).isPositive();
            assertThat(setup.get("latencyMs").get("p50").asDouble()).as(name).isPositive();
            assertThat(setup.get("setup").asText()).as(name).startsWith("iot v");
        }
        SetupRun remote = outcome.result().run(SetupRun.ALL_REMOTE).orElseThrow();
        SetupRun local = outcome.result().run(SetupRun.ALL_LOCAL).orElseThrow();
        // Nine tasks run on every request; the async tail must have been waited for.
        assertThat(remote.invocationsPerRequest()).isGreaterThanOrEqualTo(9.0);
        assertThat(local.invocationsPerRequest()).isEqualTo(1.0);
        assertReportFiles(outcome);
    }

    @Test
    @Tag("slow")
    void theOptimizerInlinesSyncCalleesRoundByRound() throws Exception {
        ExperimentOutcome outcome = new ExperimentRunner(shortExperiment("constant:2:6").maxRounds(3).build(),
                EmbeddedPlatform::start).run();

        List<Measurement> rounds = outcome.trajectory().rounds();
        assertThat(rounds).hasSize(3);
        assertThat(rounds.get(1).setup().function("I").orElseThrow().inlineSync()).containsExactly("CW");
        assertThat(rounds.get(2).setup().function("I").orElseThrow().inlineSync()).contains("CW", "SE");
        assertThat(rounds.get(2).run().invocationsPerRequest())
                .isLessThan(rounds.get(0).run().invocationsPerRequest());
        assertThat(outcome.result().trajectory()).hasSize(3);
    }

    private static void assertReportFiles(ExperimentOutcome outcome) throws IOException {
        assertThat(outcome.files().rawData()).isNotEmptyFile();
        assertThat(outcome.files().latencyCdf()).isNotEmptyFile();
        assertThat(outcome.files().cost()).isNotEmptyFile();
        assertThat(outcome.files().trajectory()).isNotEmptyFile();
        assertThat(Files.readString(outcome.files().markdown())).contains("## Platform settings")
                .contains("- Emulated network overhead: off").contains("Keep-alive: 60.0 s")
                .contains("Order: the optimizer's rounds ran first; then all-remote and optimized in 2 alternating "
                        + "blocks each, all-remote first; then all-local once, last.")
                .contains("## Repetitions").containsPattern("\\| optimized \\| 2 \\| \\d+\\.\\d \\|")
                .contains("Median of the paired changes: p50 ")
                .contains("Optimizer: the Fusionize++ heuristic (--optimizer fusionize).")
                .contains("- Objective: balanced (latency and cost balanced); architecture: x86_64, billed and "
                        + "forecast at aws-x86 prices")
                .contains("Requests: the application's own requests, seed 42; every round and every block sent the"
                        + " same sequence.");
    }
}
