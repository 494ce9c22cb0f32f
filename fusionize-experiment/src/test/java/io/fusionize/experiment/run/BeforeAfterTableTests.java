package io.fusionize.experiment.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.fusionize.deploy.load.LoadResult;
import io.fusionize.deploy.load.RequestSample;
import io.fusionize.deploy.load.ScaleFactor;
import io.fusionize.experiment.machine.CpuUtilization;
import io.fusionize.experiment.report.EntryFigures;
import io.fusionize.experiment.report.ExperimentResult;
import io.fusionize.experiment.report.PlatformSettings;
import io.fusionize.protocol.billing.PriceTable;
import io.fusionize.experiment.report.SetupRun;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BeforeAfterTableTests {

    private static LoadResult load(long latencyMs, int requests) {
        List<RequestSample> samples = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long start = i * 1_000_000_000L;
            samples.add(new RequestSample(i, start, start, start + latencyMs * 1_000_000, true, Optional.empty(),
                    Optional.empty()));
        }
        return new LoadResult("constant", Instant.EPOCH, Duration.ofSeconds(requests), requests, samples);
    }

    private static SetupRun run(String name, long latencyMs, double cost, double invocations) {
        return new SetupRun(name, "iot v1", load(latencyMs, 20), cost, 0, invocations, CpuUtilization.notMeasured());
    }

    @Test
    void showsRemoteOptimizedAndLocalWithChangesAgainstRemote() {
        ExperimentResult result = new ExperimentResult("iot", "constant",
                new PlatformSettings(true, true, "off", PriceTable.awsX86(), "jvm"), ScaleFactor.none(),
                List.of(run(SetupRun.ALL_REMOTE, 100, 0.02, 9.5), run(SetupRun.ALL_LOCAL, 400, 0.03, 1),
                        run("round-1", 100, 0.02, 9.5), run(SetupRun.OPTIMIZED, 50, 0.01, 5)),
                List.of(), 1);

        List<String> lines = BeforeAfterTable.render(result).lines().toList();

        assertThat(lines).hasSize(5);
        assertThat(lines.get(2)).startsWith("all-remote").contains("100.0", "0.0200", "9.50", "0/20");
        assertThat(lines.get(3)).startsWith("optimized").contains("50.0", "5.00").endsWith("-50.0 %    -50.0 %");
        assertThat(lines.get(4)).startsWith("all-local").contains("+300.0 %", "+50.0 %");
    }

    @Test
    void followsEachSetupWithItsEntriesWhenThereAreSeveral() {
        List<EntryFigures> entries = List.of(new EntryFigures("B", 16, 0.8, 40), new EntryFigures("O", 4, 0.2, 250));
        SetupRun remote = new SetupRun(SetupRun.ALL_REMOTE, "shop v1", load(100, 20), 0.02, 0, 6,
                CpuUtilization.notMeasured(), entries);
        ExperimentResult result = new ExperimentResult("shop", "constant",
                new PlatformSettings(true, true, "off", PriceTable.awsX86(), "jvm"), ScaleFactor.none(),
                List.of(remote, run(SetupRun.OPTIMIZED, 50, 0.01, 3)), List.of(), 1);

        List<String> lines = BeforeAfterTable.render(result).lines().toList();

        assertThat(lines).hasSize(6);
        assertThat(lines.get(3)).isEqualTo("  entry B             40.0    80 % of requests");
        assertThat(lines.get(4)).isEqualTo("  entry O            250.0    20 % of requests");
        assertThat(lines.get(5)).startsWith("optimized");
    }
}
