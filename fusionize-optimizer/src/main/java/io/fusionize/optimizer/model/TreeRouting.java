package io.fusionize.optimizer.model;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * One routing of a {@link CallTree}, with a memory size per function, forecast task by task and
 * kept up to date as it changes. Flipping one call between inline and remote, or resizing one
 * function, re-forecasts only the tasks that changed function or size, then their callers up to
 * the entry task (a remote async call ends the way up, since its caller does not wait for the
 * callee), and the functions along that path.
 *
 * <p>It composes a setup as {@link CompiledSetup} does. Per task it keeps its run in its function:
 * its span ({@link TaskNode#spanMs}), its CPU work, the remote sync calls it waits for, the sizes
 * its inline callees can all be forecast at, their largest memory need, and how many tasks run
 * inline below it with the sum of their fingerprints. Per function, named by its entry task, it
 * keeps the duration and the cost; the latency is read off the entry tasks' functions. Every value
 * is recomputed from the ones below it, never adjusted by a difference, so undoing a change
 * restores exactly the forecast before it.
 */
final class TreeRouting {

    private final CallTree tree;
    private final TaskTable table;
    private final TreeCorrections corrections;
    private final PerformanceModel model;
    private final boolean[] inline;
    private final int[] size;
    private final int[] function;
    private final double[] spanMs;
    private final double[] cpuMs;
    private final double[] syncCalls;
    private final double[] needMb;
    private final long[] sizesKnown;
    private final int[] inlineTasks;
    private final long[] fingerprints;
    private final double[] durationMs;
    private final CostSum cost;
    private final IntUnaryOperator functionOfTask;
    private final int[] order;

    /**
     * @param tree the tasks
     * @param table their figures per size
     * @param corrections the model's corrections
     * @param model the model, for prices and the median
     * @param inline per task, whether the call into it runs inline; ignored for entry tasks
     * @param size per task heading a function, its size position
     */
    TreeRouting(CallTree tree, TaskTable table, TreeCorrections corrections, PerformanceModel model,
                boolean[] inline, int[] size) {
        int n = tree.size();
        this.tree = tree;
        this.table = table;
        this.corrections = corrections;
        this.model = model;
        this.inline = inline.clone();
        Arrays.fill(this.inline, 0, tree.roots(), false);
        this.size = size.clone();
        this.function = new int[n];
        this.functionOfTask = task -> function[task];
        this.order = new int[n];
        this.spanMs = new double[n];
        this.cpuMs = new double[n];
        this.syncCalls = new double[n];
        this.needMb = new double[n];
        this.sizesKnown = new long[n];
        this.inlineTasks = new int[n];
        this.fingerprints = new long[n];
        this.durationMs = new double[n];
        this.cost = new CostSum(n);
        forecastAll();
    }

    // Callers are numbered before callees: functions are assigned top down, runs forecast bottom up.
    private void forecastAll() {
        for (int task = 0; task < tree.size(); task++) {
            function[task] = heads(task) ? task : function[tree.parent(task)];
        }
        for (int task = tree.size() - 1; task >= 0; task--) {
            forecastRun(task);
            if (heads(task)) {
                forecastFunction(task);
            }
        }
    }

    /** @return how many tasks there are */
    int tasks() {
        return tree.size();
    }

    /**
     * @param name a task's name
     * @return its number, or -1 when root requests never reach it
     */
    int index(String name) {
        return tree.index(name);
    }

    /**
     * @param task a task's number
     * @return whether it heads a function: an entry task, or called remotely
     */
    boolean heads(int task) {
        return task < tree.roots() || !inline[task];
    }

    /**
     * @param task a task's number
     * @return the entry task of the function it runs in
     */
    int functionOf(int task) {
        return function[task];
    }

    /**
     * @param entry a task heading a function
     * @return that function's size position
     */
    int size(int entry) {
        return size[entry];
    }

    /**
     * @param entry a task heading a function
     * @return the size positions every task of that function can be forecast at, one bit each
     */
    long sizesKnown(int entry) {
        return sizesKnown[entry];
    }

    /**
     * @param entry a task heading a function
     * @return the largest memory need measured for a task of that function; 0 when unknown
     */
    double needMb(int entry) {
        return needMb[entry];
    }

    /**
     * @param entry a task heading a function
     * @return that function's forecast mean duration
     */
    double durationMs(int entry) {
        return durationMs[entry];
    }

    /**
     * Moves a call between inline and remote: a task called inline starts a function of its own at
     * the given size, with the tasks it runs inline; a task called remotely joins its caller's
     * function at that function's size.
     *
     * @param task a task's number, not an entry task's
     * @param sizeIfRemote the size position of the function it starts, when it goes remote
     */
    void flip(int task, int sizeIfRemote) {
        inline[task] = !inline[task];
        if (inline[task]) {
            cost.set(task, 0);
        } else {
            size[task] = sizeIfRemote;
        }
        int caller = tree.parent(task);
        forecastFunctionRuns(task, heads(task) ? task : function[caller]);
        if (heads(task)) {
            forecastFunction(task);
        }
        forecastRun(caller);
        forecastUpwards(caller);
    }

    /**
     * @param entry a task heading a function
     * @param newSize the function's new size position
     */
    void resize(int entry, int newSize) {
        size[entry] = newSize;
        forecastFunctionRuns(entry, entry);
        forecastUpwards(entry);
    }

    /** @return the forecast median latency of a root request, weighed by the entry mix */
    double latencyMs() {
        double p50 = 0;
        for (int root = 0; root < tree.roots(); root++) {
            p50 += tree.runs(root) * model.medianMs(durationMs[root], syncCalls[root]); // an entry runs its share
        }
        return p50;
    }

    /** @return the forecast cost per 1,000 root requests */
    double costUsd() {
        return cost.total();
    }

    // The task and the tasks it runs inline, relabelled to the function and forecast callees first;
    // listed breadth first in a buffer kept for it.
    private void forecastFunctionRuns(int top, int entry) {
        int found = 0;
        order[found++] = top;
        for (int i = 0; i < found; i++) {
            function[order[i]] = entry;
            for (int callee : tree.children(order[i])) {
                if (inline[callee]) {
                    order[found++] = callee;
                }
            }
        }
        for (int i = found - 1; i >= 0; i--) {
            forecastRun(order[i]);
        }
    }

    // A changed run changes its caller's, up to the function's entry; a remote sync caller waits for the function.
    private void forecastUpwards(int task) {
        int current = task;
        while (true) {
            if (heads(current)) {
                forecastFunction(current);
                if (current < tree.roots() || !tree.callInto(current).sync()) {
                    return;
                }
            }
            current = tree.parent(current);
            forecastRun(current);
        }
    }

    private void forecastFunction(int entry) {
        int at = size[entry];
        double rawMs = Math.max(spanMs[entry], cpuMs[entry] / table.vcpus(at));
        double correctionMs = inlineTasks[entry] == 0 ? Double.NaN
                : corrections.correctionMs(entry, inlineTasks[entry], fingerprints[entry], functionOfTask);
        durationMs[entry] = CompiledFunction.corrected(rawMs, correctionMs);
        cost.set(entry, model.costPer1000(tree.name(entry), tree.runs(entry), durationMs[entry],
                table.sizeMb(at)));
    }

    // One run of the task at its function's size, from its callees' runs or functions, as TaskNode.spanMs.
    private void forecastRun(int task) {
        TaskProfile profile = tree.profile(task);
        Run run = new Run(profile.knownCpuMs(), profile.memoryNeedMb(), table.predictable(task));
        for (int callee : tree.children(task)) {
            CallProfile call = tree.callInto(callee);
            if (inline[callee]) {
                run.addInline(call, spanMs[callee], this, callee);
            } else if (call.sync()) {
                run.addRemoteSync(call, durationMs[callee], syncCalls[callee]);
            } else {
                run.addRemoteAsync(call);
            }
        }
        spanMs[task] = table.ownMs(task, size[function[task]]) + (profile.concurrentSyncCalls() ? run.longestMs
                : run.sumMs) + run.acceptanceMs + run.backgroundMs;
        cpuMs[task] = run.cpuMs;
        syncCalls[task] = run.syncCalls;
        needMb[task] = run.needMb;
        sizesKnown[task] = run.sizesKnown;
        inlineTasks[task] = run.inlineTasks;
        fingerprints[task] = run.fingerprints;
    }

    /** What one run adds up from its calls. */
    private static final class Run {
        private double sumMs;
        private double longestMs;
        private double acceptanceMs;
        private double backgroundMs;
        private double cpuMs;
        private double syncCalls;
        private double needMb;
        private long sizesKnown;
        private int inlineTasks;
        private long fingerprints;

        Run(double cpuMs, double needMb, long sizesKnown) {
            this.cpuMs = cpuMs;
            this.needMb = needMb;
            this.sizesKnown = sizesKnown;
        }

        void addInline(CallProfile call, double calleeSpanMs, TreeRouting routing, int callee) {
            if (call.sync()) {
                addSync(call.callsPerRun() * calleeSpanMs);
            } else {
                backgroundMs = Math.max(backgroundMs, calleeSpanMs);
            }
            cpuMs += call.callsPerRun() * routing.cpuMs[callee];
            syncCalls += call.callsPerRun() * routing.syncCalls[callee];
            needMb = Math.max(needMb, routing.needMb[callee]);
            sizesKnown &= routing.sizesKnown[callee];
            inlineTasks += 1 + routing.inlineTasks[callee];
            fingerprints += routing.table.fingerprint(callee) + routing.fingerprints[callee];
        }

        void addRemoteSync(CallProfile call, double calleeDurationMs, double calleeSyncCalls) {
            addSync(call.callsPerRun() * (call.remoteOverheadMs() + calleeDurationMs));
            syncCalls += call.callsPerRun() * (1 + calleeSyncCalls);
        }

        void addRemoteAsync(CallProfile call) {
            acceptanceMs = Math.max(acceptanceMs, CallProfile.asyncWaitMs(call.callsPerRun(),
                    call.remoteOverheadMs()));
        }

        private void addSync(double waitMs) {
            sumMs += waitMs;
            longestMs = Math.max(longestMs, waitMs);
        }
    }

    /**
     * @param reference the setup whose functions, order and version the result keeps
     * @return this routing as a setup: every function heading tasks at its size, with its inline
     *     callees by kind; the reference's other functions stay at their size with nothing inline
     */
    Setup toSetup(Setup reference) {
        List<FunctionSpec> functions = new ArrayList<>();
        for (FunctionSpec kept : reference.functions()) {
            int task = tree.index(kept.entry());
            functions.add(task >= 0 && heads(task) ? spec(task)
                    : new FunctionSpec(kept.entry(), kept.memoryMb(), Set.of(), Set.of()));
        }
        return new Setup(reference.application(), reference.version(), functions);
    }

    // Breadth first from the entry, as FusionSpace lists inline callees.
    private FunctionSpec spec(int entry) {
        Set<String> inlineSync = new LinkedHashSet<>();
        Set<String> inlineAsync = new LinkedHashSet<>();
        List<Integer> pending = new ArrayList<>(List.of(entry));
        for (int i = 0; i < pending.size(); i++) {
            for (int callee : tree.children(pending.get(i))) {
                if (inline[callee]) {
                    (tree.callInto(callee).sync() ? inlineSync : inlineAsync).add(tree.name(callee));
                    pending.add(callee);
                }
            }
        }
        return new FunctionSpec(tree.name(entry), table.sizeMb(size[entry]), inlineSync, inlineAsync);
    }
}
