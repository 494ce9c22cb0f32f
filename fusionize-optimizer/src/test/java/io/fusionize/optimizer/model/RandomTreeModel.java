package io.fusionize.optimizer.model;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.optimizer.DeployedSetup;
import io.fusionize.optimizer.History;
import io.fusionize.optimizer.Proposal;
import java.util.List;
import java.util.Random;

/**
 * A model fitted to a random call forest, as a search meets it after a few rounds: all-remote at
 * 1,024 MB, its calibration, then a setup running many tasks inline, measured, so that the model
 * holds corrections of the compositions measured.
 */
final class RandomTreeModel {

    final SimulatedApplication app;
    final Setup reference;
    final Setup fused;
    final PerformanceModel model;
    final CallTree tree;
    final TaskTable table;

    /**
     * @param tasks how many tasks the forest has
     * @param entries how many of them are entry tasks
     * @param seed the seed of the forest and of the fused setup's routing
     */
    RandomTreeModel(int tasks, int entries, long seed) {
        this.app = SimulatedApplication.randomForest(tasks, entries, seed);
        this.reference = app.allRemote(GroundTruth.INITIAL_MB);
        History calibrated = calibrated();
        PerformanceModel before = PerformanceModel.fit(calibrated);
        this.fused = randomRouting(before, new Random(seed));
        this.model = PerformanceModel.fit(calibrated.append(DeployedSetup.measured(fused, app.measure(fused))));
        this.tree = CallTree.of(model).orElseThrow();
        this.table = new TaskTable(tree, model.options());
    }

    private History calibrated() {
        History initial = GroundTruth.measured(app, reference);
        Setup calibration = ((Proposal.NextSetup) new ModelOptimizer().next(initial)).setup();
        return initial.append(DeployedSetup.measured(calibration, app.measure(calibration)));
    }

    // Two calls in three inline, every function at 1,024 MB.
    private Setup randomRouting(PerformanceModel calibratedModel, Random random) {
        CallTree calibratedTree = CallTree.of(calibratedModel).orElseThrow();
        TaskTable sizes = new TaskTable(calibratedTree, calibratedModel.options());
        boolean[] inline = new boolean[calibratedTree.size()];
        int[] size = new int[calibratedTree.size()];
        for (int task = 0; task < inline.length; task++) {
            inline[task] = random.nextInt(3) > 0;
            size[task] = position(sizes, GroundTruth.INITIAL_MB);
        }
        return routing(calibratedModel, calibratedTree, sizes, inline, size).toSetup(reference).withVersion(3);
    }

    /** @return a routing of the fitted model, with no corrections unless given */
    static TreeRouting routing(PerformanceModel model, CallTree tree, TaskTable table, boolean[] inline,
                               int[] size) {
        return new TreeRouting(tree, table, new TreeCorrections(model.corrections(), tree, table), model, inline,
                size);
    }

    /** @return the routing of a setup of this model, as the tree numbers tasks */
    TreeRouting routingOf(Setup setup) {
        boolean[] inline = new boolean[tree.size()];
        int[] size = new int[tree.size()];
        int[] function = new int[tree.size()];
        for (int task = 0; task < tree.size(); task++) {
            int parent = tree.parent(task);
            FunctionSpec caller = parent < 0 ? null : setup.function(tree.name(function[parent])).orElseThrow();
            inline[task] = caller != null && caller.runsInline(tree.name(task), tree.callInto(task).sync());
            function[task] = inline[task] ? function[parent] : task;
            size[task] = inline[task] ? 0 : position(table, setup.function(tree.name(task)).orElseThrow().memoryMb());
        }
        return routing(model, tree, table, inline, size);
    }

    static int position(TaskTable table, int sizeMb) {
        for (int size = 0; size < table.sizes(); size++) {
            if (table.sizeMb(size) == sizeMb) {
                return size;
            }
        }
        throw new IllegalArgumentException(sizeMb + " MB is not a configured size");
    }

    /** @return every task's number that heads a function of the routing */
    static List<Integer> heads(TreeRouting routing) {
        return java.util.stream.IntStream.range(0, routing.tasks()).filter(routing::heads).boxed().toList();
    }
}
