package io.fusionize.optimizer.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The calls root requests reach, when they form a forest: each entry task heads a tree, and every
 * other task reached has exactly one caller, on one edge. Tasks are numbered breadth first from
 * the entries, busiest entry first, so that a caller always comes before its callees.
 *
 * <p>In such a graph each task runs in exactly one function whatever the routing, and a function
 * is invoked as often as its entry task runs. That is what lets {@link TreeRouting} re-forecast
 * only what one routing change touches.
 */
final class CallTree {

    private final List<String> names;
    private final Map<String, Integer> indexByName;
    private final int[] parents;
    private final int[][] children;
    private final CallProfile[] callsInto;
    private final TaskProfile[] profiles;
    private final double[] runs;
    private final int roots;

    private CallTree(Builder built) {
        this.names = List.copyOf(built.names);
        this.indexByName = Map.copyOf(built.indexByName);
        this.parents = built.parents.stream().mapToInt(Integer::intValue).toArray();
        this.callsInto = built.callsInto.toArray(new CallProfile[0]);
        this.profiles = built.profiles.toArray(new TaskProfile[0]);
        this.roots = built.roots;
        this.children = childrenOf(parents);
        this.runs = new double[parents.length];
        built.shares.forEach((root, share) -> runs[root] = share);
        for (int task = roots; task < runs.length; task++) {
            runs[task] = runs[parents[task]] * callsInto[task].callsPerRun();
        }
    }

    /**
     * @param model a fitted model
     * @return the tasks its entries reach, if their calls form a forest: no task called on two
     *     edges, no entry task called
     */
    static Optional<CallTree> of(PerformanceModel model) {
        Builder builder = new Builder(model);
        return builder.build() ? Optional.of(new CallTree(builder)) : Optional.empty();
    }

    // Callees are numbered after their caller, in the order of the caller's calls.
    private static int[][] childrenOf(int[] parents) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int task = 0; task < parents.length; task++) {
            lists.add(new ArrayList<>());
            if (parents[task] >= 0) {
                lists.get(parents[task]).add(task);
            }
        }
        return lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** @return how many tasks root requests reach */
    int size() {
        return parents.length;
    }

    /** @return how many entry tasks there are; they are numbered first */
    int roots() {
        return roots;
    }

    /**
     * @param task a task's number
     * @return its caller's number, or -1 for an entry task
     */
    int parent(int task) {
        return parents[task];
    }

    /**
     * @param task a task's number
     * @return the numbers of the tasks it calls, in the order of its calls
     */
    int[] children(int task) {
        return children[task];
    }

    /**
     * @param task a task's number, not an entry's
     * @return the call into it
     */
    CallProfile callInto(int task) {
        return callsInto[task];
    }

    /**
     * @param task a task's number
     * @return what the model learned about it
     */
    TaskProfile profile(int task) {
        return profiles[task];
    }

    /**
     * @param task a task's number
     * @return its name
     */
    String name(int task) {
        return names.get(task);
    }

    /**
     * @param name a task's name
     * @return its number, or -1 when root requests never reach it
     */
    int index(String name) {
        return indexByName.getOrDefault(name, -1);
    }

    /**
     * @param task a task's number
     * @return how often it runs per root request of the entry mix
     */
    double runs(int task) {
        return runs[task];
    }

    /** Walks the calls breadth first from the entries, and gives up at a task reached twice. */
    private static final class Builder {
        private final PerformanceModel model;
        private final List<String> names = new ArrayList<>();
        private final Map<String, Integer> indexByName = new HashMap<>();
        private final List<Integer> parents = new ArrayList<>();
        private final List<CallProfile> callsInto = new ArrayList<>();
        private final List<TaskProfile> profiles = new ArrayList<>();
        private final Map<Integer, Double> shares = new HashMap<>();
        private int roots;

        Builder(PerformanceModel model) {
            this.model = model;
        }

        boolean build() {
            for (String entry : model.mix().entryTasks()) {
                shares.put(names.size(), model.mix().shares().get(entry));
                add(entry, -1, null);
            }
            roots = names.size();
            for (int task = 0; task < names.size(); task++) {
                for (CallProfile call : profiles.get(task).calls()) {
                    if (indexByName.containsKey(call.callee())) {
                        return false;
                    }
                    add(call.callee(), task, call);
                }
            }
            return true;
        }

        private void add(String task, int parent, CallProfile call) {
            indexByName.put(task, names.size());
            names.add(task);
            parents.add(parent);
            callsInto.add(call);
            profiles.add(model.task(task).orElseThrow(() -> new IllegalStateException("task " + task
                    + " is reached but was never measured")));
        }
    }
}
