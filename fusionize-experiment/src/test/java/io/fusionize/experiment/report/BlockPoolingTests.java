package io.fusionize.experiment.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.fusionize.deploy.load.LoadResult;
import io.fusionize.deploy.load.RequestSample;
import io.fusionize.experiment.machine.CpuUtilization;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BlockPoolingTests {

    private static BlockRun block(int number, double latencyMs, int requests, double cost, long coldStarts,
            CpuUtilization cpu) {
        SetupRun run = new SetupRun(SetupRun.ALL_REMOTE, "iot v" + number + ": I@1024",
                Experiments.steady(latencyMs, requests), cost, coldStarts, 9.0 + number, cpu);
        return new BlockRun(number, run, requests);
    }

    @Test
    void percentilesAreOverEveryRequestOfEveryBlockNotAveragesOfTheBlocks() {
        List<BlockRun> blocks = List.of(block(1, 10, 60, 0.01, 0, Experiments.CALM),
                block(2, 100, 40, 0.02, 0, Experiments.CALM));

        SetupRun pooled = BlockPooling.pool(blocks);

        // 60 of 100 requests took 10 ms: the pooled median is 10 ms, not the blocks' mean median of 55 ms.
        assertThat(pooled.latency().p50()).isCloseTo(10.0, within(0.05));
        assertThat(pooled.latency().p95()).isCloseTo(100.0, within(0.1));
        assertThat(pooled.requests()).isEqualTo(100);
        assertThat(pooled.name()).isEqualTo(SetupRun.ALL_REMOTE);
        assertThat(pooled.setup()).isEqualTo("iot v1: I@1024");
    }

    @Test
    void costAndInvocationsAreWeightedByCostedRequestsAndColdStartsSummed() {
        List<BlockRun> blocks = List.of(block(1, 10, 60, 0.010, 2, Experiments.CALM),
                block(2, 10, 40, 0.020, 3, Experiments.CALM));

        SetupRun pooled = BlockPooling.pool(blocks);

        // (0.010 * 60 + 0.020 * 40) / 100: total cost over total requests, not the plain mean 0.015.
        assertThat(pooled.costPer1kUsd()).isCloseTo(0.014, within(1e-12));
        assertThat(pooled.invocationsPerRequest()).isCloseTo((10.0 * 60 + 11.0 * 40) / 100, within(1e-12));
        assertThat(pooled.coldStarts()).isEqualTo(5);
    }

    @Test
    void failuresAreSummedAndMachineCpuIsPooledOverIntervals() {
        SetupRun failing = new SetupRun(SetupRun.OPTIMIZED, "x", Experiments.load(50, 20, 4, "HTTP 502"), 0.01, 0, 1,
                new CpuUtilization(0.30, 0.50, 0.0, 10));
        SetupRun busy = new SetupRun(SetupRun.OPTIMIZED, "x", Experiments.load(50, 10, 5, "HTTP 502"), 0.01, 0, 1,
                new CpuUtilization(0.90, 1.00, 0.5, 30));

        SetupRun pooled = BlockPooling.pool(List.of(new BlockRun(1, failing, 20), new BlockRun(2, busy, 10)));

        assertThat(pooled.failed()).isEqualTo(5 + 2);
        assertThat(pooled.failureCauses()).containsEntry("HTTP 502", 7L);
        assertThat(pooled.cpu().mean()).isCloseTo((0.30 * 10 + 0.90 * 30) / 40, within(1e-12));
        assertThat(pooled.cpu().peak()).isEqualTo(1.0);
        assertThat(pooled.cpu().busyShare()).isCloseTo(0.375, within(1e-12));
        assertThat(pooled.cpu().intervals()).isEqualTo(40);
    }

    @Test
    void pooledRequestsAreNumberedOnAcrossBlocks() {
        LoadResult pooled = LoadResult.pooled(List.of(Experiments.steady(10, 3), Experiments.steady(20, 2)));

        assertThat(pooled.samples()).extracting(RequestSample::sequence).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(pooled.scheduled()).isEqualTo(5);
        assertThat(pooled.latencyMillis(100)).isCloseTo(20.0, within(0.05));
    }

    @Test
    void blocksOfDifferentSetupsAreNotPooled() {
        BlockRun remote = block(1, 10, 5, 0.01, 0, Experiments.CALM);
        BlockRun local = new BlockRun(1, Experiments.run(SetupRun.ALL_LOCAL, 10, 0.01, Experiments.CALM), 5);

        assertThatThrownBy(() -> BlockPooling.pool(List.of(remote, local)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all-remote, all-local");
        assertThatThrownBy(() -> BlockPooling.pool(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
