package io.fusionize.optimizer.model;

import static io.fusionize.optimizer.model.SimulatedTask.async;
import static io.fusionize.optimizer.model.SimulatedTask.sync;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.monitor.SetupStatistics;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A ground-truth application for testing the model: tasks with known CPU work, threads, waits and
 * memory on a {@link SimulatedPlatform}. It "measures" a setup the way the monitor would, from a
 * seeded sample of requests with noise and cold starts, and it also gives the truth of a setup
 * without sampling (see {@link #truth}) to judge forecasts and choices against.
 *
 * <p>How a request runs: a task does its own work ({@code wait + cpu * pressure / min(threads,
 * vcpus)}), then its calls in order. An inline call costs {@link SimulatedPlatform#localCallMs}
 * plus the callee's run; an inline async call starts a branch that runs beside the caller and the
 * function ends when every branch has; a remote sync call costs the overhead, a cold start now and
 * then, and the callee function's whole run; a remote async call leaves in the background, and the
 * task's run lasts until the platform has accepted every event it sent. A function
 * lasts at least its CPU work divided by its vCPUs, and its memory use is the base plus its largest
 * working set: above its memory, every invocation runs out of memory.
 *
 * <p>It shares the model's view of CPU share and of tasks sharing a function's CPU; it differs in
 * what the model is not told: inline call costs, memory pressure, branches that start before their
 * caller ends, noise, cold starts and billing rounded up per invocation.
 */
final class SimulatedApplication {

    static final int REQUESTS = 400;

    private final String name;
    private final Map<String, SimulatedTask> tasks;
    private final Map<String, Double> mix;
    private final SimulatedPlatform platform;
    private final boolean memoryReports;
    private final Map<FunctionSpec, Set<String>> runningByFunction = new java.util.concurrent.ConcurrentHashMap<>();

    SimulatedApplication(String name, List<SimulatedTask> tasks, SimulatedPlatform platform) {
        this(name, tasks, Map.of(tasks.get(0).name(), 1.0), platform, true);
    }

    private SimulatedApplication(String name, List<SimulatedTask> tasks, Map<String, Double> mix,
                                 SimulatedPlatform platform, boolean memoryReports) {
        this.name = name;
        this.tasks = new LinkedHashMap<>();
        tasks.forEach(t -> this.tasks.put(t.name(), t));
        this.mix = new LinkedHashMap<>(mix);
        this.platform = platform;
        this.memoryReports = memoryReports;
    }

    /** @return this application on a platform that reports no memory use, so sizes can only be learned by failing */
    SimulatedApplication withoutMemoryReports() {
        return new SimulatedApplication(name, List.copyOf(tasks.values()), mix, platform, false);
    }

    /** @return this application on another platform */
    SimulatedApplication on(SimulatedPlatform other) {
        return new SimulatedApplication(name, List.copyOf(tasks.values()), mix, other, memoryReports);
    }

    /**
     * @param shares each entry task's share of root requests, busiest first
     * @return this application with root requests spread over those entries
     */
    SimulatedApplication withMix(Map<String, Double> shares) {
        return new SimulatedApplication(name, List.copyOf(tasks.values()), shares, platform, memoryReports);
    }

    boolean reportsMemory() {
        return memoryReports;
    }

    /** The paper's IoT application (entry I), with CPU work and waits in the spirit of its tasks. */
    static SimulatedApplication iot() {
        return new SimulatedApplication("iot", List.of(
                task("I", 1.5, 1, 0.5, 10, sync("CW"), sync("SE"), async("CT"), async("CS"), async("CA")),
                task("CW", 25, 1, 0, 60),
                task("SE", 0.5, 1, 6, 10),
                task("CT", 60, 2, 0, 20, async("AS")),
                new SimulatedTask("CS", 0.5, 1, 0, 10, true, List.of(sync("CSL"), sync("CSA"))),
                task("CSL", 0.5, 1, 9, 10),
                task("CSA", 25, 1, 3, 60),
                task("CA", 0.5, 1, 0, 10, sync("DJ"), async("AS")),
                task("DJ", 60, 2, 3, 20),
                task("AS", 60, 2, 6, 20)), SimulatedPlatform.typical());
    }

    /** The paper's Tree application (entry A): a sleeping sync chain and a CPU-heavy async fan-out. */
    static SimulatedApplication tree() {
        return new SimulatedApplication("tree", List.of(
                task("A", 1, 1, 0, 10, async("C"), sync("B")),
                task("B", 0.5, 1, 500, 10, sync("D")),
                task("C", 60, 2, 0, 20, async("F"), async("G")),
                task("D", 0.5, 1, 500, 10, sync("E")),
                task("E", 0.5, 1, 500, 10),
                task("F", 60, 2, 0, 20),
                task("G", 60, 2, 0, 20)), SimulatedPlatform.typical());
    }

    /**
     * A shop with two entry tasks: browsing (B, 80 % of root requests) asks the catalog (C) for
     * prices (P); ordering (O, 20 %) validates (V, CPU-heavy) and prices sync, then mails (M, a
     * slow wait) async.
     */
    static SimulatedApplication shop() {
        Map<String, Double> mix = new LinkedHashMap<>();
        mix.put("B", 0.8);
        mix.put("O", 0.2);
        return new SimulatedApplication("shop", List.of(
                task("B", 1, 1, 0, 10, sync("C")),
                task("O", 2, 1, 0, 10, sync("V"), sync("P"), async("M")),
                task("C", 5, 1, 8, 20, sync("P")),
                task("P", 2, 1, 3, 10),
                task("V", 30, 1, 5, 60),
                task("M", 1, 1, 30, 10)), mix, SimulatedPlatform.typical(), true);
    }

    /**
     * A random call forest drawn from a seed: the first tasks are the entries, each later task picks
     * its caller among the earlier tasks less than four hops deep, a third of the calls are async,
     * and tasks differ in CPU work, waiting, threads, working set and whether they issue their sync
     * calls together. Root requests spread over the entries, the first taking the most.
     *
     * @param tasks how many tasks
     * @param entries how many of them are entry tasks
     * @param seed the draws' seed
     * @return the application; its entries are {@code t0}, {@code t1}, ...
     */
    static SimulatedApplication randomForest(int tasks, int entries, long seed) {
        Random random = new Random(seed);
        List<List<SimulatedTask.Call>> calls = new ArrayList<>();
        List<Integer> callers = new ArrayList<>();
        int[] depth = new int[tasks];
        for (int index = 0; index < tasks; index++) {
            calls.add(new ArrayList<>());
            if (index >= entries) {
                int caller = callers.get(random.nextInt(callers.size()));
                depth[index] = depth[caller] + 1;
                calls.get(caller).add(new SimulatedTask.Call("t" + index, random.nextInt(3) > 0));
            }
            if (depth[index] < 4) {
                callers.add(index);
            }
        }
        List<SimulatedTask> drawn = new ArrayList<>();
        for (int index = 0; index < tasks; index++) {
            drawn.add(new SimulatedTask("t" + index, 1 + 40 * random.nextDouble(), 1 + random.nextInt(2),
                    20 * random.nextDouble(), 10 + random.nextInt(60), random.nextInt(5) == 0, calls.get(index)));
        }
        Map<String, Double> mix = new LinkedHashMap<>();
        for (int entry = 0; entry < entries; entry++) {
            mix.put("t" + entry, (entries - entry) * 2.0 / (entries * (entries + 1.0)));
        }
        return new SimulatedApplication("random" + tasks, drawn, mix, SimulatedPlatform.typical(), true);
    }

    private static SimulatedTask task(String name, double cpuMs, int threads, double waitMs, int workingSetMb,
                                      SimulatedTask.Call... calls) {
        return new SimulatedTask(name, cpuMs, threads, waitMs, workingSetMb, false, List.of(calls));
    }

    String name() {
        return name;
    }

    /** @return the busiest entry task */
    String entry() {
        return mix.keySet().iterator().next();
    }

    /** @return the entry tasks, busiest first */
    List<String> entries() {
        return List.copyOf(mix.keySet());
    }

    /** @return each entry task's share of root requests */
    Map<String, Double> mix() {
        return mix;
    }

    SimulatedPlatform platform() {
        return platform;
    }

    SimulatedTask task(String name) {
        return tasks.get(name);
    }

    Setup allRemote(int memoryMb) {
        return new Setup(name, 1, tasks.keySet().stream()
                .map(t -> new FunctionSpec(t, memoryMb, Set.of(), Set.of())).toList());
    }

    /**
     * @param setup a setup
     * @return its statistics from {@value #REQUESTS} requests spread over the entries by their
     *     shares, seeded by the setup's plan
     */
    SetupStatistics measure(Setup setup) {
        long seed = PlanKeys.of(setup).hashCode();
        return new SimulatedRun(this, setup, SimulatedRun.Mode.MEASURED, seed).measure(REQUESTS);
    }

    /**
     * The truth of a setup: the root duration of a typical request (warm, without noise), and the
     * expected cost per 1,000 requests, the waits for cold starts and the rounding up of billed time
     * included, as measurements average out to. With several entries, each entry's figures
     * weighted by its share.
     *
     * @param setup a setup
     * @return its truth, as a prediction would state it
     * @throws IllegalArgumentException when a function of it runs out of memory
     */
    Prediction truth(Setup setup) {
        if (mix.size() == 1) {
            return truth(setup, entry());
        }
        double p50 = 0;
        double cost = 0;
        List<EntryPrediction> entries = new java.util.ArrayList<>();
        for (Map.Entry<String, Double> share : mix.entrySet()) {
            Prediction one = truth(setup, share.getKey());
            p50 += share.getValue() * one.rootLatencyP50Ms();
            cost += share.getValue() * one.costPer1000RootRequestsUsd();
            entries.add(new EntryPrediction(share.getKey(), share.getValue(), one.rootLatencyP50Ms(),
                    one.rootLatencyMeanMs()));
        }
        // per function, the truth is given for one entry's requests only
        return new Prediction(setup, p50, p50, cost, List.of(), entries);
    }

    /**
     * @param setup a setup
     * @param entry an entry task
     * @return the truth of that entry's root requests alone
     */
    Prediction truth(Setup setup, String entry) {
        double typical = new SimulatedRun(this, setup, SimulatedRun.Mode.WARM, 0).latency(entry);
        return new SimulatedRun(this, setup, SimulatedRun.Mode.EXPECTED, 0).asPrediction(entry, typical);
    }

    /**
     * @param running the tasks one function runs
     * @return the memory it truly uses
     */
    int memoryUsedMb(Set<String> running) {
        int largest = 0;
        for (String task : running) {
            largest = Math.max(largest, tasks.get(task).workingSetMb());
        }
        return platform.jvmBaseMb() + largest;
    }

    /**
     * @param function a function of a setup
     * @return the tasks it runs
     */
    Set<String> running(FunctionSpec function) {
        return runningByFunction.computeIfAbsent(function, this::closure);
    }

    private Set<String> closure(FunctionSpec function) {
        Set<String> running = new LinkedHashSet<>(List.of(function.entry()));
        Deque<String> pending = new ArrayDeque<>(running);
        while (!pending.isEmpty()) {
            for (SimulatedTask.Call call : tasks.get(pending.poll()).calls()) {
                if (function.runsInline(call.callee(), call.sync()) && running.add(call.callee())) {
                    pending.add(call.callee());
                }
            }
        }
        return running;
    }
}
