package io.fusionize.optimizer.model;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The size assignments of setups never to propose again that share a {@link TreeRouting}'s
 * routing, followed as its sizes change: for each, how many functions differ in size from it, so
 * that telling whether the routing now is one of them takes no walk over its functions.
 */
final class ExcludedSizes {

    private final List<int[]> positions = new ArrayList<>();
    private final List<Integer> differing = new ArrayList<>();

    private ExcludedSizes() {
    }

    /** @return no excluded assignment */
    static ExcludedSizes none() {
        return new ExcludedSizes();
    }

    /**
     * @param routing a routing, which must change only in its sizes while this is used
     * @param reference the setup the routing's setups inherit from
     * @param excluded setups never to propose again
     * @param table the sizes by position
     * @return the assignments of those of the setups that route calls as the routing does
     */
    static ExcludedSizes of(TreeRouting routing, Setup reference, List<Setup> excluded, TaskTable table) {
        ExcludedSizes found = new ExcludedSizes();
        if (!excluded.isEmpty()) {
            Setup own = routing.toSetup(reference);
            excluded.forEach(setup -> found.addIfSameRouting(own, setup, routing, table));
        }
        return found;
    }

    // The same routing: the routing's setup at the excluded setup's sizes is the excluded setup.
    private void addIfSameRouting(Setup own, Setup setup, TreeRouting routing, TaskTable table) {
        Map<String, Integer> theirSizes = new HashMap<>();
        setup.functions().forEach(f -> theirSizes.putIfAbsent(f.entry(), f.memoryMb()));
        int[] wanted = new int[routing.tasks()];
        List<FunctionSpec> resized = new ArrayList<>();
        int differ = 0;
        for (FunctionSpec function : own.functions()) {
            int task = routing.index(function.entry());
            Integer theirs = theirSizes.get(function.entry());
            if (task < 0 || !routing.heads(task) || theirs == null) {
                resized.add(function);
                continue;
            }
            resized.add(function.withMemoryMb(theirs));
            wanted[task] = position(theirs, table);
            differ += wanted[task] == routing.size(task) ? 0 : 1;
        }
        if (PlanKeys.of(new Setup(own.application(), setup.version(), resized)).equals(PlanKeys.of(setup))) {
            positions.add(wanted);
            differing.add(differ);
        }
    }

    // A size outside the table is never taken, so it never matches.
    private static int position(int sizeMb, TaskTable table) {
        for (int size = 0; size < table.sizes(); size++) {
            if (table.sizeMb(size) == sizeMb) {
                return size;
            }
        }
        return -1;
    }

    /**
     * @param entry a function's entry task
     * @param from its size position before
     * @param to its size position now
     */
    void resized(int entry, int from, int to) {
        for (int i = 0; i < positions.size(); i++) {
            int wanted = positions.get(i)[entry];
            int change = (wanted == from ? 1 : 0) - (wanted == to ? 1 : 0);
            differing.set(i, differing.get(i) + change);
        }
    }

    /** @return whether the routing now has the sizes of an excluded setup */
    boolean hit() {
        return differing.contains(0);
    }
}
