package io.fusionize.experiment.explore;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.experiment.run.ExperimentOptions;
import io.fusionize.protocol.lambda.LambdaLimits;

/**
 * How an exploration runs.
 *
 * @param experiment the application, the workload, quick or not, the emulated overhead, the
 *     requests and their seed (which also draws the sampled routings), the output and state
 *     directories, progress and log; its optimizer settings are not used
 * @param sizesMb the memory sizes; each routing is measured with every function at each of them
 * @param routings which routings besides all-remote and all-local
 * @param passes how many times every setup is measured, every other pass in reverse order
 */
public record ExploreOptions(ExperimentOptions experiment, List<Integer> sizesMb, RoutingChoice routings,
        int passes) {

    /** Two passes: the second, in reverse order, hands the drift of a shared machine to both ends alike. */
    public static final int DEFAULT_PASSES = 2;
    /** One memory size, the one every optimizer starts from. */
    public static final List<Integer> DEFAULT_SIZES = List.of(SetupGenerators.DEFAULT_MEMORY_MB);

    /** Checks the parts and freezes the sizes. */
    public ExploreOptions {
        Objects.requireNonNull(experiment, "experiment must not be null");
        Objects.requireNonNull(routings, "routings must not be null");
        sizesMb = List.copyOf(sizesMb);
        if (sizesMb.isEmpty() || new HashSet<>(sizesMb).size() != sizesMb.size()) {
            throw new IllegalArgumentException("sizes must name at least one memory size, each once, were " + sizesMb);
        }
        sizesMb.stream().filter(size -> !LambdaLimits.isValidMemory(size)).findFirst().ifPresent(size -> {
            throw new IllegalArgumentException("memory size " + size + " MB is outside " + LambdaLimits.MIN_MEMORY_MB
                    + "-" + LambdaLimits.MAX_MEMORY_MB + " MB");
        });
        if (passes < 1) {
            throw new IllegalArgumentException("passes must be at least 1, was " + passes);
        }
    }

    /** @return the seed the requests and the sampled routings are drawn with */
    public long seed() {
        return experiment.requests().seed();
    }
}
