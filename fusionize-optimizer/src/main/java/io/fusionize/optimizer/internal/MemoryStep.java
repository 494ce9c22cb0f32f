package io.fusionize.optimizer.internal;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.optimizer.DeployedSetup;
import io.fusionize.optimizer.History;
import io.fusionize.protocol.billing.PriceTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The heuristic's memory step, once fusion has settled: sweep the sizes one per round with every
 * function at that size, then give each function the size with its lowest mean cost per
 * invocation.
 */
public final class MemoryStep {

    private final List<Integer> sizesMb;
    private final MemoryCosts costs;

    /**
     * @param sizesMb the sizes to sweep, in order
     * @param prices the prices that turn billed duration into cost
     */
    public MemoryStep(List<Integer> sizesMb, PriceTable prices) {
        this.sizesMb = List.copyOf(sizesMb);
        this.costs = new MemoryCosts(prices);
    }

    /**
     * @param base the setup whose fusion is settled
     * @param history everything deployed; a size counts as tried once a setup with this fusion and
     *     every function at that size was deployed, fine or bad
     * @return every function at the first untried size, if one remains
     */
    public Optional<Change> nextSweep(DeployedSetup base, History history) {
        List<Integer> untried = sizesMb.stream()
                .filter(size -> !history.wasDeployed(Plans.withUniformMemory(base.setup(), size))).toList();
        if (untried.isEmpty()) {
            return Optional.empty();
        }
        int size = untried.get(0);
        String left = untried.size() == 1 ? "it is the last untried size"
                : "still untried after it: " + untried.subList(1, untried.size()) + " MB";
        return Optional.of(new Change(Plans.withUniformMemory(base.setup(), size),
                "memory sweep at " + size + " MB",
                "fusion has settled, so every function is measured at " + size + " MB; " + left));
    }

    /**
     * @param base the setup whose fusion is settled and whose sizes have all been swept
     * @param history everything deployed
     * @return the base with each function at its cheapest measured size
     */
    public Change choice(DeployedSetup base, History history) {
        List<DeployedSetup> sweeps = sweeps(base.setup(), history);
        Map<String, Integer> chosen = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (FunctionSpec function : base.setup().functions()) {
            Optional<SizeCost> cheapest = costs.cheapest(function, sweeps, history);
            chosen.put(function.entry(), cheapest.map(SizeCost::memoryMb).orElse(function.memoryMb()));
            notes.add(cheapest.map(c -> function.entry() + " " + c)
                    .orElse(function.entry() + " keeps " + function.memoryMb() + " MB (no usable measurement)"));
        }
        return new Change(Plans.withMemory(base.setup(), chosen), "per-function memory sizes",
                "each function takes the size with its lowest mean cost per invocation (mean billed duration "
                        + "x memory x price + request fee) over the sweeps " + versions(sweeps) + ": "
                        + String.join(", ", notes));
    }

    private static List<DeployedSetup> sweeps(Setup base, History history) {
        return history.good().stream()
                .filter(e -> Plans.sameFusion(e.setup(), base) && Plans.uniformMemory(e.setup()).isPresent())
                .toList();
    }

    private static String versions(List<DeployedSetup> sweeps) {
        return sweeps.stream().map(e -> "v" + e.setup().version()).collect(Collectors.joining(", ", "[", "]"));
    }
}
