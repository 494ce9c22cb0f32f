package io.fusionize.optimizer.model;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Coordinate descent over one routing: each reached function in turn takes the size that
 * scores best with the others fixed, until no function changes.
 */
final class MemoryDescent {

    private static final int MAX_PASSES = 4;

    private final FusionPlan plan;
    private final List<List<Integer>> allowed;
    private final RoutingForecast forecast;
    private final int[] positions;
    private final int[] memory;
    private final Objective objective;
    private final Setup reference;
    private final List<int[]> excludedSizes = new ArrayList<>();

    /**
     * @param plan the routing
     * @param allowed the sizes each reached function may get, in {@code plan.live()} order
     * @param sample the routing as a setup, every reached function at its first allowed size
     * @param forecast forecasts the routing at any sizes
     * @param objective ranks forecasts
     * @param reference the setup candidates inherit unreached functions from
     * @param excluded setups never to settle on
     */
    MemoryDescent(FusionPlan plan, List<List<Integer>> allowed, Setup sample, RoutingForecast forecast,
                  Objective objective, Setup reference, List<Setup> excluded) {
        this.plan = plan;
        this.allowed = allowed;
        this.forecast = forecast;
        this.objective = objective;
        this.reference = reference;
        this.positions = plan.live().stream().mapToInt(f -> forecast.index(f.entry())).toArray();
        this.memory = new int[forecast.size()];
        for (FunctionSpec function : sample.functions()) {
            int position = forecast.index(function.entry());
            if (position >= 0) {
                memory[position] = function.memoryMb();
            }
        }
        excluded.forEach(this::excludeIfSameRouting);
    }

    // A function is tried again only when another one changed since it was last tried.
    /** @return the sizes settled on, by entry task, unless no assignment could be forecast */
    Optional<Map<String, Integer>> run() {
        int[] sizes = new int[positions.length];
        int[] triedAt = new int[positions.length];
        Arrays.fill(triedAt, -1);
        int step = 0;
        int lastChange = 0;
        double best = score();
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            boolean improved = false;
            for (int i = 0; i < sizes.length; i++, step++) {
                if (triedAt[i] >= lastChange) {
                    continue;
                }
                triedAt[i] = step;
                int chosen = bestOption(i, sizes[i], best);
                if (chosen != sizes[i]) {
                    sizes[i] = chosen;
                    best = score();
                    lastChange = step;
                    improved = true;
                }
            }
            if (!improved) {
                break;
            }
        }
        return best == Double.MAX_VALUE ? Optional.empty() : Optional.of(memoryByEntry(sizes));
    }

    // Leaves the function at the option that scores best with the others fixed, and returns it.
    private int bestOption(int live, int current, double currentScore) {
        int chosen = current;
        double best = currentScore;
        for (int option = 0; option < allowed.get(live).size(); option++) {
            if (option == current) {
                continue;
            }
            setSize(live, allowed.get(live).get(option));
            double score = score();
            if (score < best) {
                best = score;
                chosen = option;
            }
        }
        setSize(live, allowed.get(live).get(chosen));
        return chosen;
    }

    private void setSize(int live, int sizeMb) {
        if (positions[live] >= 0) {
            memory[positions[live]] = sizeMb;
        }
    }

    private double score() {
        if (isExcluded()) {
            return Double.MAX_VALUE;
        }
        try {
            double[] latencyAndCost = forecast.latencyAndCost(memory);
            return objective.score(latencyAndCost[0], latencyAndCost[1]);
        } catch (IllegalArgumentException unpredictable) {
            return Double.MAX_VALUE;
        }
    }

    private boolean isExcluded() {
        for (int[] sizes : excludedSizes) {
            if (Arrays.equals(sizes, liveSizes())) {
                return true;
            }
        }
        return false;
    }

    private int[] liveSizes() {
        int[] sizes = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            sizes[i] = positions[i] >= 0 ? memory[positions[i]] : 0;
        }
        return sizes;
    }

    // An excluded setup with this routing rules out its sizes for the reached functions.
    private void excludeIfSameRouting(Setup setup) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (FunctionSpec function : plan.live()) {
            setup.function(function.entry()).ifPresent(f -> sizes.put(function.entry(), f.memoryMb()));
        }
        if (sizes.size() == plan.live().size()
                && PlanKeys.of(plan.toSetup(reference, sizes, setup.version())).equals(PlanKeys.of(setup))) {
            excludedSizes.add(plan.live().stream().mapToInt(f -> positionOf(f.entry()) >= 0
                    ? sizes.get(f.entry()) : 0).toArray());
        }
    }

    private int positionOf(String entry) {
        return forecast.index(entry);
    }

    private Map<String, Integer> memoryByEntry(int[] sizes) {
        Map<String, Integer> byEntry = new LinkedHashMap<>();
        for (int i = 0; i < sizes.length; i++) {
            byEntry.put(plan.live().get(i).entry(), allowed.get(i).get(sizes[i]));
        }
        return byEntry;
    }
}
