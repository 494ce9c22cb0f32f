package io.fusionize.optimizer.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The sizes a function of a {@link TreeRouting} may get, by the rules of {@link ModelSizeRules},
 * read off what the routing keeps per function instead of its set of tasks: sizes every task can be
 * forecast at, with the memory headroom above their largest need, and above every size at which a
 * function running some of these tasks timed out, ran out of memory or crashed.
 */
final class TreeSizes {

    private final TaskTable table;
    private final double headroom;
    private final List<int[]> failedTasks = new ArrayList<>();
    private final List<Integer> failedAtMb = new ArrayList<>();

    /**
     * @param tree the tasks
     * @param table their sizes
     * @param model the model, for its headroom and the failures it learned
     */
    TreeSizes(CallTree tree, TaskTable table, PerformanceModel model) {
        this.table = table;
        this.headroom = model.options().memoryHeadroom();
        for (PerformanceModel.FailedTasks failure : model.failures()) {
            int[] tasks = failure.tasks().stream().mapToInt(tree::index).toArray();
            if (tasks.length > 0 && Arrays.stream(tasks).allMatch(task -> task >= 0)) {
                failedTasks.add(tasks);
                failedAtMb.add(failure.memoryMb());
            }
        }
    }

    /**
     * @param routing a routing
     * @param entry a task heading one of its functions
     * @return the size positions that function may get, one bit each
     */
    long allowed(TreeRouting routing, int entry) {
        long allowed = routing.sizesKnown(entry);
        double needMb = headroom * routing.needMb(entry);
        int failedMb = failedAtOrAbove(routing, entry);
        for (int size = 0; size < table.sizes(); size++) {
            if (table.sizeMb(size) < needMb || table.sizeMb(size) <= failedMb) {
                allowed &= ~(1L << size);
            }
        }
        return allowed;
    }

    // The largest size at which a function running a subset of this one's tasks failed; 0 when none did.
    private int failedAtOrAbove(TreeRouting routing, int entry) {
        int largest = 0;
        for (int i = 0; i < failedTasks.size(); i++) {
            if (failedAtMb.get(i) > largest && runsAll(routing, entry, failedTasks.get(i))) {
                largest = failedAtMb.get(i);
            }
        }
        return largest;
    }

    private static boolean runsAll(TreeRouting routing, int entry, int[] tasks) {
        for (int task : tasks) {
            if (routing.functionOf(task) != entry) {
                return false;
            }
        }
        return true;
    }
}
