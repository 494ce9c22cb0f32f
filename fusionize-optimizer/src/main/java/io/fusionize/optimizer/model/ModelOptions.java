package io.fusionize.optimizer.model;

import io.fusionize.optimizer.Goal;
import io.fusionize.optimizer.HeuristicOptions;
import io.fusionize.protocol.billing.PriceTable;
import io.fusionize.protocol.lambda.LambdaLimits;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Settings of the {@link PerformanceModel} and the {@link ModelOptimizer}.
 *
 * @param memorySizesMb the memory sizes a function may get
 * @param prices the prices that turn billed duration into cost
 * @param latencyWeight the weight of normalized latency in the objective; cost gets the rest
 * @param vcpuMemoryMb the memory size that buys one full vCPU (1,769 MB on AWS Lambda)
 * @param maxVcpus the most vCPUs a function can use on the platform, whatever its memory
 * @param memoryHeadroom a function's memory must exceed the largest memory use measured for its
 *     tasks by this factor, e.g. 1.25
 * @param calibrate whether to measure the all-remote setup at a second memory size before
 *     proposing candidates, so that CPU time can be told from waiting
 * @param predictionTolerance the relative difference between predicted and measured latency and
 *     cost that still counts as a correct prediction, e.g. 0.10
 * @param improvementMargin the relative objective gain a candidate must promise over the best
 *     measured setup to be deployed, e.g. 0.03
 * @param maxDeployments the most setups to deploy, initial one included, before converging on the
 *     best measured one
 * @param maxExhaustiveEdges above this many call edges, fusion choices are searched by local
 *     search instead of enumerating every combination: one call at a time when the calls form a
 *     forest, else by hill climbing
 * @param goal what to aim for; {@link Goal#BALANCED} weighs latency and cost by
 *     {@code latencyWeight}, another goal replaces that weighting
 */
public record ModelOptions(List<Integer> memorySizesMb, PriceTable prices, double latencyWeight, int vcpuMemoryMb,
                           double maxVcpus, double memoryHeadroom, boolean calibrate, double predictionTolerance,
                           double improvementMargin, int maxDeployments, int maxExhaustiveEdges,
                           Goal goal) {

    /** Checks the parts and freezes the size list. */
    public ModelOptions {
        memorySizesMb = List.copyOf(Objects.requireNonNull(memorySizesMb, "memorySizesMb must not be null"));
        Objects.requireNonNull(prices, "prices must not be null");
        Objects.requireNonNull(goal, "goal must not be null");
        requireSizes(memorySizesMb);
        requireWithin("latencyWeight", latencyWeight, 0, 1);
        requireWithin("maxVcpus", maxVcpus, 0.01, 1024);
        requireWithin("memoryHeadroom", memoryHeadroom, 1, 10);
        requireWithin("predictionTolerance", predictionTolerance, 0, 10);
        requireWithin("improvementMargin", improvementMargin, 0, 1);
        if (vcpuMemoryMb <= 0) {
            throw new IllegalArgumentException("vcpuMemoryMb must be positive, was " + vcpuMemoryMb);
        }
        if (maxDeployments < 2) {
            throw new IllegalArgumentException("maxDeployments must allow at least one setup after the initial "
                    + "one, was " + maxDeployments);
        }
        if (maxExhaustiveEdges < 0 || maxExhaustiveEdges > 20) {
            throw new IllegalArgumentException("maxExhaustiveEdges must be within 0..20, was " + maxExhaustiveEdges);
        }
    }

    /**
     * Settings aiming for {@link Goal#BALANCED}.
     *
     * @param memorySizesMb the memory sizes a function may get
     * @param prices the prices that turn billed duration into cost
     * @param latencyWeight the weight of normalized latency in the objective; cost gets the rest
     * @param vcpuMemoryMb the memory size that buys one full vCPU
     * @param maxVcpus the most vCPUs a function can use
     * @param memoryHeadroom the factor a function's memory must exceed its tasks' measured use by
     * @param calibrate whether to measure the initial setup at a second memory size
     * @param predictionTolerance the relative forecast miss that still counts as correct
     * @param improvementMargin the relative gain a candidate must promise to be deployed
     * @param maxDeployments the most setups to deploy, initial one included
     * @param maxExhaustiveEdges above this many call edges, fusion choices are searched locally
     */
    public ModelOptions(List<Integer> memorySizesMb, PriceTable prices, double latencyWeight, int vcpuMemoryMb,
                        double maxVcpus, double memoryHeadroom, boolean calibrate, double predictionTolerance,
                        double improvementMargin, int maxDeployments, int maxExhaustiveEdges) {
        this(memorySizesMb, prices, latencyWeight, vcpuMemoryMb, maxVcpus, memoryHeadroom, calibrate,
                predictionTolerance, improvementMargin, maxDeployments, maxExhaustiveEdges, Goal.BALANCED);
    }

    private static void requireSizes(List<Integer> sizes) {
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException("memorySizesMb must name at least one size");
        }
        if (sizes.stream().anyMatch(size -> size <= 0)) {
            throw new IllegalArgumentException("memory sizes must be positive, were " + sizes);
        }
        if (new HashSet<>(sizes).size() != sizes.size()) {
            throw new IllegalArgumentException("memory sizes must be distinct, were " + sizes);
        }
    }

    private static void requireWithin(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be within " + min + ".." + max + ", was " + value);
        }
    }

    /**
     * The paper's memory sizes, AWS x86 prices, latency and cost weighted equally, Lambda's CPU
     * share with at most 2 vCPUs, 25 % memory headroom, a calibration round, 10 % prediction
     * tolerance, a 3 % improvement margin, at most 8 deployments and exhaustive fusion search up
     * to 12 call edges.
     *
     * @return the default settings
     */
    public static ModelOptions defaults() {
        return new ModelOptions(HeuristicOptions.PAPER_MEMORY_SIZES, PriceTable.awsX86(), 0.5, LambdaLimits.MB_PER_VCPU,
                2, 1.25, true, 0.10, 0.03, 8, 12);
    }

    /**
     * @param sizesMb the memory sizes a function may get
     * @return these options with those sizes
     */
    public ModelOptions withMemorySizes(List<Integer> sizesMb) {
        return new ModelOptions(sizesMb, prices, latencyWeight, vcpuMemoryMb, maxVcpus, memoryHeadroom, calibrate,
                predictionTolerance, improvementMargin, maxDeployments, maxExhaustiveEdges, goal);
    }

    /**
     * @param table the prices to use
     * @return these options with those prices
     */
    public ModelOptions withPrices(PriceTable table) {
        return new ModelOptions(memorySizesMb, table, latencyWeight, vcpuMemoryMb, maxVcpus, memoryHeadroom,
                calibrate, predictionTolerance, improvementMargin, maxDeployments, maxExhaustiveEdges, goal);
    }

    /**
     * @param weight the weight of normalized latency, 0 (only cost counts) to 1 (only latency)
     * @return these options with that weight
     */
    public ModelOptions withLatencyWeight(double weight) {
        return new ModelOptions(memorySizesMb, prices, weight, vcpuMemoryMb, maxVcpus, memoryHeadroom, calibrate,
                predictionTolerance, improvementMargin, maxDeployments, maxExhaustiveEdges, goal);
    }

    /**
     * @param measureSecondSize whether to run the calibration round
     * @return these options with or without it
     */
    public ModelOptions withCalibration(boolean measureSecondSize) {
        return new ModelOptions(memorySizesMb, prices, latencyWeight, vcpuMemoryMb, maxVcpus, memoryHeadroom,
                measureSecondSize, predictionTolerance, improvementMargin, maxDeployments, maxExhaustiveEdges, goal);
    }

    /**
     * @param deployments the most setups to deploy, initial one included
     * @return these options with that budget
     */
    public ModelOptions withMaxDeployments(int deployments) {
        return new ModelOptions(memorySizesMb, prices, latencyWeight, vcpuMemoryMb, maxVcpus, memoryHeadroom,
                calibrate, predictionTolerance, improvementMargin, deployments, maxExhaustiveEdges, goal);
    }

    /**
     * @param edges the most call edges whose fusion choices are enumerated exhaustively
     * @return these options with that limit
     */
    public ModelOptions withMaxExhaustiveEdges(int edges) {
        return new ModelOptions(memorySizesMb, prices, latencyWeight, vcpuMemoryMb, maxVcpus, memoryHeadroom,
                calibrate, predictionTolerance, improvementMargin, maxDeployments, edges, goal);
    }

    /**
     * @param objective what to aim for
     * @return these options with that goal
     */
    public ModelOptions withGoal(Goal objective) {
        return new ModelOptions(memorySizesMb, prices, latencyWeight, vcpuMemoryMb, maxVcpus, memoryHeadroom,
                calibrate, predictionTolerance, improvementMargin, maxDeployments, maxExhaustiveEdges, objective);
    }

    /**
     * @param memoryMb a memory size
     * @return the vCPUs a function of that size gets: proportional to memory, capped at
     *     {@link #maxVcpus}
     */
    public double vcpus(int memoryMb) {
        return Math.min((double) memoryMb / vcpuMemoryMb, maxVcpus);
    }

    /**
     * @param memoryMb a memory size
     * @param threads the threads a task keeps busy at once
     * @return how much longer CPU work takes at that size than on one full vCPU
     */
    public double cpuSlowdown(int memoryMb, int threads) {
        return 1.0 / Math.min(threads, vcpus(memoryMb));
    }
}
