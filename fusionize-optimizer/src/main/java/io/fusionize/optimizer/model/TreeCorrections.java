package io.fusionize.optimizer.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * The model's measured corrections, found for a function of a {@link TreeRouting} without spelling
 * out its composition: a candidate must have the same entry task, as many inline tasks and the
 * same sum of their fingerprints, and is then checked task by task. In a call tree each task is
 * called on one edge, so its kind of call is fixed and a set of tasks is a composition.
 */
final class TreeCorrections {

    private final Map<Integer, List<Known>> byEntry = new HashMap<>();

    /**
     * A measured composition, in task numbers.
     *
     * @param tasks its inline tasks
     * @param fingerprint the sum of their fingerprints
     * @param correctionMs its measured correction
     */
    private record Known(int[] tasks, long fingerprint, double correctionMs) {
    }

    /**
     * @param corrections the model's corrections by composition
     * @param tree the tasks
     * @param table their fingerprints
     */
    TreeCorrections(Map<Composition, Double> corrections, CallTree tree, TaskTable table) {
        corrections.forEach((composition, correctionMs) -> add(composition, correctionMs, tree, table));
    }

    // A composition that runs a task on a kind of call the tree does not have never matches, and is left out.
    private void add(Composition composition, double correctionMs, CallTree tree, TaskTable table) {
        int entry = tree.index(composition.entry());
        List<Integer> tasks = new ArrayList<>();
        if (entry < 0 || !collect(composition.inlineSync(), true, tree, tasks)
                || !collect(composition.inlineAsync(), false, tree, tasks)) {
            return;
        }
        long fingerprint = tasks.stream().mapToLong(table::fingerprint).sum();
        byEntry.computeIfAbsent(entry, e -> new ArrayList<>()).add(new Known(
                tasks.stream().mapToInt(Integer::intValue).toArray(), fingerprint, correctionMs));
    }

    private static boolean collect(Iterable<String> names, boolean sync, CallTree tree, List<Integer> tasks) {
        for (String name : names) {
            int task = tree.index(name);
            if (task < tree.roots() || tree.callInto(task).sync() != sync) {
                return false;
            }
            tasks.add(task);
        }
        return true;
    }

    /**
     * @param entry a function's entry task
     * @param inlineTasks how many tasks it runs inline
     * @param fingerprint the sum of their fingerprints
     * @param functionOf each task's function, by its entry task
     * @return the correction measured for exactly that composition, or {@code NaN} when none was
     */
    double correctionMs(int entry, int inlineTasks, long fingerprint, IntUnaryOperator functionOf) {
        for (Known known : byEntry.getOrDefault(entry, List.of())) {
            if (known.tasks.length == inlineTasks && known.fingerprint == fingerprint
                    && runsAllIn(known.tasks, entry, functionOf)) {
                return known.correctionMs;
            }
        }
        return Double.NaN;
    }

    private static boolean runsAllIn(int[] tasks, int entry, IntUnaryOperator functionOf) {
        for (int task : tasks) {
            if (functionOf.applyAsInt(task) != entry) {
                return false;
            }
        }
        return true;
    }
}
