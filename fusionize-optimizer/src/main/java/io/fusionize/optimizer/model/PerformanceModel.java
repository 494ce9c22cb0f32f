package io.fusionize.optimizer.model;

import io.fusionize.core.setup.Setup;
import io.fusionize.optimizer.History;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A performance model of one application, fitted to measured history, that forecasts the root
 * latency and the cost of any setup before it is deployed.
 *
 * <p>Root requests may start with several entry tasks. The model compiles and forecasts each
 * entry's root request, then weighs them by each entry's share of the root requests measured in
 * the history (see {@link #entryShares()}): latency is the traffic-weighted mean of the entries'
 * forecasts, and cost counts every invocation per root request of that mix. A single entry has
 * share 1, and its forecast is the combined one.
 *
 * <p>What it learns, from functions measured while running only their entry task with every call
 * remote (the all-remote setup, normally):
 * <ul>
 *   <li>per task, its own duration split into waiting and CPU work (see {@link TaskProfile}); the
 *       split needs two memory sizes with different CPU shares, one size predicts only itself;
 *   <li>per call edge, calls per run and the overhead a remote call adds (invocation, transfer and
 *       the cold starts it met), from the caller's measured wait minus the callee's duration;
 *   <li>whether a task's sync calls overlap, when their waits exceed its duration;
 *   <li>per task, the largest memory use measured.
 * </ul>
 * Every later measurement refines it: new solo measurements join the fit, remote overheads are
 * re-averaged, a function running several tasks corrects forecasts of the same composition by how
 * far it missed, and the root's mean-to-median gap per remote sync call is refitted.
 *
 * <p>How it composes a setup: a task's run lasts its own duration at its function's memory, plus
 * its sync calls (in sequence, or the longest when it issues them together), plus the slowest
 * acceptance of its remote async sends (they leave together), plus its longest inline async call.
 * An inline call costs only the callee's run; a remote sync call costs the overhead plus the
 * callee function's whole duration, and the caller is billed while it waits. A function lasts at
 * least its CPU work divided by its vCPUs. Cost per 1,000 root requests sums, over reached
 * functions, invocations times (duration + 0.5 ms of rounding) times memory times price, plus
 * request fees.
 *
 * <p>Assumptions, stated plainly: CPU share is proportional to memory ({@code memory /
 * vcpuMemoryMb} vCPUs, capped); waiting does not depend on memory; an inline call costs nothing
 * beyond the callee's own work; a task's calls happen after its own work, so inline async work
 * adds to its caller's function (an upper bound when the caller makes the call early); tasks in
 * one function share its CPU but not their waits; memory need does not grow when tasks share a
 * function; the workload (calls per request) stays as measured. It forecasts means, and turns the
 * root's mean into a median by taking off a measured spike per remote sync call the root waits
 * for. Memory pressure, contention between concurrent requests and cold starts of a different
 * setup are not modelled.
 */
public final class PerformanceModel {

    private static final double MEDIAN_FLOOR = 0.5;
    private static final double ROUNDING_MS = 0.5;

    private final ModelOptions options;
    private final Map<String, TaskProfile> profiles;
    private final EntryMix mix;
    private final Map<Composition, Double> corrections;
    private final double spikeMsPerRemoteSyncCall;
    private final List<FailedTasks> failures;
    private final InitBilling init;

    private PerformanceModel(ModelOptions options, Map<String, TaskProfile> profiles, EntryMix mix,
                             Recalibration learned, List<FailedTasks> failures, InitBilling init) {
        this.options = options;
        this.profiles = profiles;
        this.mix = mix;
        this.corrections = Map.copyOf(learned.misses());
        this.spikeMsPerRemoteSyncCall = learned.spikeMsPerRemoteSyncCall();
        this.failures = failures;
        this.init = init;
    }

    /**
     * Tasks that ran together in a function that timed out, ran out of memory or crashed.
     *
     * @param tasks the tasks
     * @param memoryMb the function's memory size
     */
    record FailedTasks(Set<String> tasks, int memoryMb) {
    }

    /**
     * @param history deployed setups with their statistics; must hold a measured all-remote setup
     * @return the model fitted with the default options
     */
    public static PerformanceModel fit(History history) {
        return fit(history, ModelOptions.defaults());
    }

    /**
     * @param history deployed setups with their statistics; must hold a measured all-remote setup
     * @param options the CPU share model and prices
     * @return the fitted model
     * @throws IllegalArgumentException when the history is empty
     * @throws IllegalStateException when the history lacks the measurements the model needs; the
     *     message says which
     */
    public static PerformanceModel fit(History history, ModelOptions options) {
        Objects.requireNonNull(history, "history must not be null");
        Objects.requireNonNull(options, "options must not be null");
        if (history.isEmpty()) {
            throw new IllegalArgumentException("the history must hold at least the initial setup");
        }
        Observations observations = Observations.from(history);
        if (observations.solo.isEmpty()) {
            throw new IllegalStateException("no deployed setup of " + history.last().setup().application()
                    + " has a function measured running its task alone; deploy and measure the all-remote setup "
                    + "(every task its own function) first");
        }
        Map<String, TaskProfile> profiles = new ProfileBuilder(observations, options).build();
        EntryMix mix = EntryMix.measured(history).orElseGet(() -> EntryMix.single(uncalledTask(profiles)));
        requireEveryCalleeProfiled(profiles);
        requireEveryEntryProfiled(mix, profiles);
        List<FailedTasks> failures = observations.failures.stream()
                .map(f -> new FailedTasks(FunctionClosure.tasks(f.function(), profiles), f.function().memoryMb()))
                .toList();
        return new PerformanceModel(options, profiles, mix, Recalibration.learn(history, profiles, mix, options),
                failures, InitBilling.learn(history, options.prices().initBilled()));
    }

    // Without statistics per entry, root requests start with the one measured task nobody calls.
    private static String uncalledTask(Map<String, TaskProfile> profiles) {
        Set<String> called = new TreeSet<>();
        profiles.values().forEach(p -> p.calls().forEach(c -> called.add(c.callee())));
        List<String> entries = profiles.keySet().stream().filter(t -> !called.contains(t)).sorted().toList();
        if (entries.size() != 1) {
            throw new IllegalStateException("the model needs exactly one entry task (a measured task nobody "
                    + "calls), found " + entries);
        }
        return entries.get(0);
    }

    private static void requireEveryEntryProfiled(EntryMix mix, Map<String, TaskProfile> profiles) {
        List<String> missing = mix.entryTasks().stream().filter(e -> !profiles.containsKey(e)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("entry tasks " + missing + " received root requests but were never "
                    + "measured running alone in their own function; the model needs the all-remote setup measured");
        }
    }

    private static void requireEveryCalleeProfiled(Map<String, TaskProfile> profiles) {
        List<String> missing = new ArrayList<>();
        profiles.values().forEach(p -> p.calls().stream().map(CallProfile::callee)
                .filter(callee -> !profiles.containsKey(callee) && !missing.contains(callee)).forEach(missing::add));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("tasks " + missing + " are called but were never measured running "
                    + "alone in their own function; the model needs the all-remote setup measured");
        }
    }

    /**
     * @param setup a setup of this application, deployed or not
     * @return the forecast root latency and cost, per function too
     * @throws IllegalArgumentException when the setup runs a task the model never measured, gives a
     *     function a memory size the model cannot predict yet, or cannot route a call
     */
    public Prediction predict(Setup setup) {
        Objects.requireNonNull(setup, "setup must not be null");
        CompiledSetup compiled = compile(setup);
        int[] memory = compiled.memoryOfSetup();
        double[] durations = compiled.durations(memory, options);
        List<FunctionPrediction> functions = new ArrayList<>();
        for (int i = compiled.size() - 1; i >= 0; i--) {
            CompiledFunction f = compiled.function(i);
            double times = compiled.invocations(i);
            functions.add(new FunctionPrediction(f.spec().entry(), memory[i], f.tasks(), times, durations[i],
                    costPer1000(f.spec().entry(), times, durations[i], memory[i]), f.memoryNeedMb()));
        }
        List<EntryPrediction> entries = entries(compiled, durations);
        double p50 = entries.stream().mapToDouble(e -> e.requestShare() * e.p50Ms()).sum();
        double mean = entries.stream().mapToDouble(e -> e.requestShare() * e.meanMs()).sum();
        return new Prediction(setup, p50, mean, cost(compiled, durations, memory), functions, entries);
    }

    private List<EntryPrediction> entries(CompiledSetup compiled, double[] durations) {
        List<EntryPrediction> entries = new ArrayList<>();
        for (int k = 0; k < compiled.roots(); k++) {
            double meanMs = durations[compiled.rootIndex(k)];
            entries.add(new EntryPrediction(compiled.rootEntry(k), compiled.rootShare(k), median(compiled, k, meanMs),
                    meanMs));
        }
        return entries;
    }

    /**
     * @param setup a setup of this application
     * @return whether {@link #predict} can forecast it
     */
    public boolean canPredict(Setup setup) {
        try {
            predict(setup);
            return true;
        } catch (IllegalArgumentException unpredictable) {
            return false;
        }
    }

    /**
     * Compiles a setup's routing once, to forecast it at many memory sizes.
     *
     * @param setup a setup whose routing matters, not its memory sizes
     * @return a forecaster of its median root latency and cost per 1,000 requests
     */
    RoutingForecast routing(Setup setup) {
        return new CompiledRouting(this, compile(setup));
    }

    // Latency weighs each entry's median by its share; cost already counts invocations per root request of the mix.
    double[] latencyAndCost(CompiledSetup compiled, int[] memoryMb) {
        double[] durations = compiled.durations(memoryMb, options);
        double p50 = 0;
        for (int k = 0; k < compiled.roots(); k++) {
            p50 += compiled.rootShare(k) * median(compiled, k, durations[compiled.rootIndex(k)]);
        }
        return new double[] {p50, cost(compiled, durations, memoryMb)};
    }

    private CompiledSetup compile(Setup setup) {
        return CompiledSetup.compile(setup, profiles, mix, corrections);
    }

    private double median(CompiledSetup compiled, int root, double meanMs) {
        return medianMs(meanMs, compiled.function(compiled.rootIndex(root)).remoteSyncCalls());
    }

    /**
     * @param meanMs an entry's root function's mean duration
     * @param remoteSyncCalls the remote sync calls that root function waits for, its callees' included
     * @return the forecast median: the mean less the spike per remote sync call, at least half the mean
     */
    double medianMs(double meanMs, double remoteSyncCalls) {
        double spikes = spikeMsPerRemoteSyncCall * remoteSyncCalls;
        return Math.max(meanMs * MEDIAN_FLOOR, meanMs - spikes);
    }

    private double cost(CompiledSetup compiled, double[] durations, int[] memory) {
        double cost = 0;
        for (int i = 0; i < compiled.size(); i++) {
            cost += costPer1000(compiled.function(i).spec().entry(), compiled.invocations(i), durations[i],
                    memory[i]);
        }
        return cost;
    }

    /**
     * @param entryTask the function's entry task, whose init time it is billed
     * @param invocations a function's invocations per root request
     * @param durationMs its mean duration
     * @param memoryMb its memory size
     * @return what it costs per 1,000 root requests, init billing included
     */
    double costPer1000(String entryTask, double invocations, double durationMs, int memoryMb) {
        double billedMs = durationMs + ROUNDING_MS + init.msPerInvocation(entryTask);
        return 1000 * invocations * options.prices().costPerInvocation(billedMs, memoryMb);
    }

    /** @return the entry task most root requests start with; the only one of a single-entry application */
    public String entryTask() {
        return mix.entryTasks().get(0);
    }

    /**
     * @return each entry task's share of the root requests measured in the history, busiest first,
     *     which forecasts weigh the entries by; a single entry has share 1
     */
    public Map<String, Double> entryShares() {
        return mix.shares();
    }

    /** @return what the model learned per task, in the order first measured */
    public List<TaskProfile> tasks() {
        return List.copyOf(profiles.values());
    }

    /**
     * @param task a task's name
     * @return what the model learned about it, if it was measured
     */
    public Optional<TaskProfile> task(String task) {
        return Optional.ofNullable(profiles.get(task));
    }

    /**
     * @return how far, per remote sync call the root waits for, its mean duration lies above its
     *     median: cold starts and slow hand-offs lift the mean, rarely the median
     */
    public double spikeMsPerRemoteSyncCall() {
        return spikeMsPerRemoteSyncCall;
    }

    /** @return the settings it was fitted with */
    public ModelOptions options() {
        return options;
    }

    Map<String, TaskProfile> profiles() {
        return profiles;
    }

    EntryMix mix() {
        return mix;
    }

    List<FailedTasks> failures() {
        return failures;
    }

    /** @return the measured corrections of functions running several tasks, by composition */
    Map<Composition, Double> corrections() {
        return corrections;
    }
}
