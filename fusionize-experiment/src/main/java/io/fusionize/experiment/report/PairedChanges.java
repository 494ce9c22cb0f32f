package io.fusionize.experiment.report;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The change of each optimized block against the all-remote block measured right before it, and
 * the median of those changes. Pairing neighbours cancels most of the background load that
 * drifts between repetitions.
 *
 * @param pairs one pair per repetition that measured both setups, in order
 */
public record PairedChanges(List<Pair> pairs) {

    /** Freezes the list. */
    public PairedChanges {
        pairs = List.copyOf(pairs);
    }

    /**
     * @param blocks the compared setups' blocks, in any order
     * @return optimized block N paired with all-remote block N, for every N both have
     */
    public static PairedChanges of(List<BlockRun> blocks) {
        List<Pair> pairs = new ArrayList<>();
        for (BlockRun optimized : blocksOf(blocks, SetupRun.OPTIMIZED)) {
            blocksOf(blocks, SetupRun.ALL_REMOTE).stream().filter(remote -> remote.block() == optimized.block())
                    .findFirst().ifPresent(remote -> pairs.add(Pair.of(remote.run(), optimized.run(), optimized.block())));
        }
        return new PairedChanges(pairs);
    }

    private static List<BlockRun> blocksOf(List<BlockRun> blocks, String name) {
        return blocks.stream().filter(block -> block.setupName().equals(name)).toList();
    }

    /** @return the median change of the median latency, in percent; empty without pairs */
    public OptionalDouble medianLatencyChange() {
        return median(Pair::latencyChange);
    }

    /** @return the median change of the cost per 1,000 requests, in percent; empty without pairs */
    public OptionalDouble medianCostChange() {
        return median(Pair::costChange);
    }

    private OptionalDouble median(Function<Pair, OptionalDouble> change) {
        double[] values = pairs.stream().map(change).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).sorted().toArray();
        if (values.length == 0) {
            return OptionalDouble.empty();
        }
        int middle = values.length / 2;
        return OptionalDouble.of(values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2);
    }

    /**
     * One repetition's change of optimized against all-remote.
     *
     * @param repetition the blocks' number, from 1
     * @param latencyChange the change of the median latency, in percent; empty when unknown
     * @param costChange the change of the cost per 1,000 requests, in percent; empty when unknown
     */
    public record Pair(int repetition, OptionalDouble latencyChange, OptionalDouble costChange) {

        static Pair of(SetupRun remote, SetupRun optimized, int repetition) {
            return new Pair(repetition, change(remote, optimized, run -> run.latency().p50()),
                    change(remote, optimized, SetupRun::costPer1kUsd));
        }

        private static OptionalDouble change(SetupRun remote, SetupRun optimized, ToDoubleFunction<SetupRun> measure) {
            return PercentChange.between(measure.applyAsDouble(remote), measure.applyAsDouble(optimized));
        }
    }
}
