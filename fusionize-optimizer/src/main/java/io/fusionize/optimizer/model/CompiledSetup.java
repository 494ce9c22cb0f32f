package io.fusionize.optimizer.model;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A setup's routing compiled for the model: the functions root requests reach, from every entry
 * task, callees before callers, each as a tree of task runs, so that any memory sizes can be
 * evaluated without walking the setup again. Invocations count per root request of the entry mix:
 * each entry's root function is invoked as often as its share of root requests.
 *
 * <p>A remote sync call lasts the measured overhead plus the callee function's whole duration; an
 * inline call lasts the callee's run in the caller's function; a function lasts at least its CPU
 * work divided by the vCPUs its memory buys, so tasks run side by side inside it share the CPU;
 * a correction measured for the same composition of tasks is added last.
 */
final class CompiledSetup {

    private final List<CompiledFunction> functions;
    private final Map<String, Integer> indexByEntry;
    private final List<String> rootEntries;
    private final int[] rootIndices;
    private final double[] rootShares;
    private final double[] invocations;

    private CompiledSetup(List<CompiledFunction> functions, Map<String, Integer> indexByEntry, EntryMix mix) {
        this.functions = List.copyOf(functions);
        this.indexByEntry = Map.copyOf(indexByEntry);
        this.rootEntries = mix.entryTasks();
        this.rootIndices = rootEntries.stream().mapToInt(indexByEntry::get).toArray();
        this.rootShares = rootEntries.stream().mapToDouble(mix.shares()::get).toArray();
        this.invocations = invocationsPerRootRequest(this.functions, rootIndices, rootShares);
    }

    /**
     * @param setup the setup; only its routing matters, memory sizes are given at evaluation
     * @param profiles the task profiles
     * @param mix the entry tasks of root requests, with their shares
     * @param corrections measured corrections by composition
     * @return the compiled setup
     * @throws IllegalArgumentException when it runs a task the model never measured, lacks a
     *     function for an entry task, calls a function it does not have, or recurses
     */
    static CompiledSetup compile(Setup setup, Map<String, TaskProfile> profiles, EntryMix mix,
                                 Map<Composition, Double> corrections) {
        Compiler compiler = new Compiler(setup, profiles, corrections);
        for (String entry : mix.entryTasks()) {
            if (setup.function(entry).isEmpty()) {
                throw new IllegalArgumentException("setup " + setup.application() + " v" + setup.version()
                        + " has no function for the entry task " + entry);
            }
            compiler.function(entry);
        }
        return new CompiledSetup(compiler.compiled, compiler.indexByEntry, mix);
    }

    // A caller is compiled after its callees, so walking down the indices visits callers first.
    private static double[] invocationsPerRootRequest(List<CompiledFunction> functions, int[] roots,
                                                      double[] shares) {
        double[] counts = new double[functions.size()];
        for (int k = 0; k < roots.length; k++) {
            counts[roots[k]] += shares[k];
        }
        for (int i = functions.size() - 1; i >= 0; i--) {
            double times = counts[i];
            functions.get(i).remoteCalls().forEach((callee, n) -> counts[callee] += times * n);
        }
        return counts;
    }

    int size() {
        return functions.size();
    }

    CompiledFunction function(int index) {
        return functions.get(index);
    }

    /** @return how many entry tasks root requests start with */
    int roots() {
        return rootIndices.length;
    }

    /**
     * @param root an entry's position in the mix, busiest first
     * @return the index of its root function
     */
    int rootIndex(int root) {
        return rootIndices[root];
    }

    /**
     * @param root an entry's position in the mix
     * @return its entry task
     */
    String rootEntry(int root) {
        return rootEntries.get(root);
    }

    /**
     * @param root an entry's position in the mix
     * @return its share of root requests
     */
    double rootShare(int root) {
        return rootShares[root];
    }

    /** @return the index of the reached function with that entry task, or -1 */
    int index(String entry) {
        return indexByEntry.getOrDefault(entry, -1);
    }

    double invocations(int index) {
        return invocations[index];
    }

    /** @return every reached function's memory size in the setup it was compiled from */
    int[] memoryOfSetup() {
        return functions.stream().mapToInt(f -> f.spec().memoryMb()).toArray();
    }

    /**
     * @param memoryMb each reached function's memory size, by index
     * @param options the CPU share model
     * @return each reached function's mean duration, by index
     * @throws IllegalArgumentException when a task cannot be predicted at its function's size
     */
    double[] durations(int[] memoryMb, ModelOptions options) {
        double[] durations = new double[functions.size()];
        for (int i = 0; i < durations.length; i++) {
            CompiledFunction f = functions.get(i);
            durations[i] = f.correctedMs(f.rawMs(memoryMb[i], durations, options));
        }
        return durations;
    }

    /**
     * Evaluates a measured setup with its measured durations where there are some, and records how
     * far each composite function's own composed duration missed its measurement.
     *
     * @param measuredMs measured mean durations by index; {@code NaN} where none
     * @param options the CPU share model
     * @param misses where to put measured minus composed duration, by composition
     * @return each reached function's duration, by index
     * @throws IllegalArgumentException when an unmeasured function cannot be predicted
     */
    double[] learnMisses(double[] measuredMs, ModelOptions options, Map<Composition, Double> misses) {
        int[] memoryMb = memoryOfSetup();
        double[] durations = new double[functions.size()];
        for (int i = 0; i < durations.length; i++) {
            CompiledFunction f = functions.get(i);
            if (Double.isNaN(measuredMs[i])) {
                durations[i] = f.correctedMs(f.rawMs(memoryMb[i], durations, options));
                continue;
            }
            durations[i] = measuredMs[i];
            try {
                double rawMs = f.rawMs(memoryMb[i], durations, options);
                if (f.tasks().size() > 1) {
                    misses.put(f.composition(), measuredMs[i] - rawMs);
                }
            } catch (IllegalArgumentException unpredictable) {
                // a size the model cannot compose yet teaches no correction; the measurement still counts
            }
        }
        return durations;
    }

    /** Compiles functions depth first, callees before callers. */
    private static final class Compiler {
        private final Map<String, FunctionSpec> specs = new HashMap<>();
        private final Setup setup;
        private final Map<String, TaskProfile> profiles;
        private final Map<Composition, Double> corrections;
        private final List<CompiledFunction> compiled = new ArrayList<>();
        private final Map<String, Integer> indexByEntry = new HashMap<>();
        private final Set<String> inProgress = new HashSet<>();

        Compiler(Setup setup, Map<String, TaskProfile> profiles, Map<Composition, Double> corrections) {
            this.setup = setup;
            this.profiles = profiles;
            this.corrections = corrections;
            setup.functions().forEach(f -> specs.put(f.entry(), f));
        }

        int function(String entry) {
            Integer known = indexByEntry.get(entry);
            if (known != null) {
                return known;
            }
            if (!inProgress.add(entry)) {
                throw new IllegalArgumentException("function " + entry + " calls itself remotely, directly or "
                        + "through others; the model does not support recursive calls");
            }
            FunctionSpec spec = specs.get(entry);
            if (spec == null) {
                throw new IllegalArgumentException("setup " + setup.application() + " v" + setup.version()
                        + " routes a remote call to " + entry + " but has no function " + entry);
            }
            CompiledFunction function = new FunctionCompiler(spec).compile();
            inProgress.remove(entry);
            indexByEntry.put(entry, compiled.size());
            compiled.add(function);
            return compiled.size() - 1;
        }

        /** Builds one function's tree of task runs. */
        private final class FunctionCompiler {
            private final FunctionSpec spec;
            private final Set<String> tasks = new LinkedHashSet<>();
            private final SortedSet<String> inlineSync = new TreeSet<>();
            private final SortedSet<String> inlineAsync = new TreeSet<>();
            private final Set<String> running = new HashSet<>();
            private final Map<Integer, Double> remoteCalls = new LinkedHashMap<>();
            private double cpuMs;
            private double memoryNeedMb;
            private double remoteSyncCalls;

            FunctionCompiler(FunctionSpec spec) {
                this.spec = spec;
            }

            CompiledFunction compile() {
                TaskNode root = node(spec.entry(), 1.0);
                Composition composition = new Composition(spec.entry(), inlineSync, inlineAsync);
                double correction = tasks.size() > 1 ? corrections.getOrDefault(composition, Double.NaN) : Double.NaN;
                return new CompiledFunction(spec, root, tasks, composition, cpuMs, memoryNeedMb, remoteCalls,
                        remoteSyncCalls, correction);
            }

            private TaskNode node(String task, double times) {
                TaskProfile profile = profiles.get(task);
                if (profile == null) {
                    throw new IllegalArgumentException("setup runs task " + task + ", which the model never saw "
                            + "measured alone in its function");
                }
                if (!running.add(task)) {
                    throw new IllegalArgumentException("task " + task + " calls itself in function " + spec.entry()
                            + "; the model does not support recursive calls");
                }
                tasks.add(task);
                cpuMs += times * profile.knownCpuMs();
                memoryNeedMb = Math.max(memoryNeedMb, profile.memoryNeedMb());
                List<TaskNode.SyncCall> syncCalls = new ArrayList<>();
                List<TaskNode> inlineAsyncRuns = new ArrayList<>();
                double acceptanceWaitMs = 0;
                for (CallProfile call : profile.calls()) {
                    if (spec.runsInline(call.callee(), call.sync())) {
                        TaskNode child = inlineCall(call, times);
                        if (call.sync()) {
                            syncCalls.add(new TaskNode.SyncCall(call.callsPerRun(), child, 0, -1));
                        } else {
                            inlineAsyncRuns.add(child);
                        }
                    } else {
                        acceptanceWaitMs = Math.max(acceptanceWaitMs, remoteCall(call, times, syncCalls));
                    }
                }
                running.remove(task);
                return new TaskNode(profile, syncCalls, inlineAsyncRuns, acceptanceWaitMs);
            }

            private TaskNode inlineCall(CallProfile call, double times) {
                (call.sync() ? inlineSync : inlineAsync).add(call.callee());
                return node(call.callee(), times * call.callsPerRun());
            }

            // Returns the caller's wait for an async send's acceptance; a sync call joins the caller's waits.
            private double remoteCall(CallProfile call, double times, List<TaskNode.SyncCall> syncCalls) {
                int callee = function(call.callee());
                remoteCalls.merge(callee, times * call.callsPerRun(), Double::sum);
                if (!call.sync()) {
                    return CallProfile.asyncWaitMs(call.callsPerRun(), call.remoteOverheadMs());
                }
                syncCalls.add(new TaskNode.SyncCall(call.callsPerRun(), null, call.remoteOverheadMs(), callee));
                remoteSyncCalls += times * call.callsPerRun() * (1 + compiled.get(callee).remoteSyncCalls());
                return 0;
            }
        }
    }
}
