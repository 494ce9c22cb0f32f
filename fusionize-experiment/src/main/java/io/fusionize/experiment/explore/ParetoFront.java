package io.fusionize.experiment.explore;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The setups no other setup beats on both median latency and cost: a setup is dominated when
 * another one is at least as fast and at least as cheap, and better in one of the two. Setups with
 * equal figures dominate neither each other, so both stay on the front. Only eligible setups
 * (every request answered) take part.
 */
final class ParetoFront {

    private ParetoFront() {
    }

    /**
     * @param setups measured setups
     * @return the indexes of the front's setups, fastest first (then cheapest, then lowest index)
     */
    static List<Integer> of(List<MeasuredSetup> setups) {
        List<Integer> eligible = IntStream.range(0, setups.size()).filter(i -> setups.get(i).eligible()).boxed()
                .toList();
        return eligible.stream()
                .filter(i -> eligible.stream().noneMatch(j -> dominates(setups.get(j), setups.get(i))))
                .sorted(Comparator.comparingDouble((Integer i) -> setups.get(i).p50Ms())
                        .thenComparingDouble(i -> setups.get(i).costPer1kUsd()).thenComparingInt(i -> i))
                .toList();
    }

    private static boolean dominates(MeasuredSetup a, MeasuredSetup b) {
        boolean noWorse = a.p50Ms() <= b.p50Ms() && a.costPer1kUsd() <= b.costPer1kUsd();
        boolean better = a.p50Ms() < b.p50Ms() || a.costPer1kUsd() < b.costPer1kUsd();
        return noWorse && better;
    }
}
