package io.fusionize.experiment.report;

import java.util.List;
import java.util.function.ToDoubleFunction;

import io.fusionize.deploy.load.LoadResult;
import io.fusionize.experiment.machine.CpuUtilization;

/**
 * Pools the blocks of one setup into the run the results table shows.
 *
 * <ul>
 * <li>Latency percentiles are over every request of every block, not averages of the blocks'
 *     percentiles.</li>
 * <li>Cost per 1,000 requests and invocations per request are weighted by each block's costed
 *     requests. Both are per-request means, so the weighted mean is exactly what the pooled
 *     requests give: total cost (or invocations) over total requests.</li>
 * <li>Cold starts and failed requests are summed.</li>
 * <li>Machine CPU is pooled over all the blocks' sampling intervals.</li>
 * <li>Entry tasks' figures are pooled as {@link EntryFigures#pool} says.</li>
 * <li>The setup text is the first block's; every block deploys the same setup under a version of
 *     its own.</li>
 * </ul>
 */
public final class BlockPooling {

    private BlockPooling() {
    }

    /**
     * @param blocks one setup's blocks, at least one, all of the same name
     * @return the pooled run, under that name
     * @throws IllegalArgumentException when there are no blocks or their names differ
     */
    public static SetupRun pool(List<BlockRun> blocks) {
        String name = commonName(blocks);
        List<SetupRun> runs = blocks.stream().map(BlockRun::run).toList();
        LoadResult load = LoadResult.pooled(runs.stream().map(SetupRun::load).toList());
        long coldStarts = runs.stream().mapToLong(SetupRun::coldStarts).sum();
        CpuUtilization cpu = CpuUtilization.pooled(runs.stream().map(SetupRun::cpu).toList());
        return new SetupRun(name, runs.get(0).setup(), load, weighted(blocks, SetupRun::costPer1kUsd), coldStarts,
                weighted(blocks, SetupRun::invocationsPerRequest), cpu,
                EntryFigures.pool(runs.stream().map(SetupRun::entries).toList()));
    }

    /**
     * @param blocks blocks with their costed requests
     * @param measure a per-request mean of a block
     * @return the mean weighted by costed requests; the plain mean when no block costed any request
     */
    static double weighted(List<BlockRun> blocks, ToDoubleFunction<SetupRun> measure) {
        long total = blocks.stream().mapToLong(BlockRun::costedRequests).sum();
        if (total == 0) {
            return blocks.stream().mapToDouble(block -> measure.applyAsDouble(block.run())).average().orElse(0);
        }
        return blocks.stream().mapToDouble(block -> measure.applyAsDouble(block.run()) * block.costedRequests())
                .sum() / total;
    }

    private static String commonName(List<BlockRun> blocks) {
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("pooling needs at least one block");
        }
        String name = blocks.get(0).setupName();
        if (blocks.stream().anyMatch(block -> !block.setupName().equals(name))) {
            throw new IllegalArgumentException("blocks of different setups cannot be pooled: "
                    + blocks.stream().map(BlockRun::setupName).distinct().toList());
        }
        return name;
    }
}
