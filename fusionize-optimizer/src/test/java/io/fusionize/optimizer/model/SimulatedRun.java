package io.fusionize.optimizer.model;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.monitor.CallEdge;
import io.fusionize.monitor.DurationSummary;
import io.fusionize.monitor.EntryStatistics;
import io.fusionize.monitor.FunctionStatistics;
import io.fusionize.monitor.SetupStatistics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Runs requests of a {@link SimulatedApplication} under one setup, as {@link SimulatedApplication}
 * describes, and tallies what the monitor would report.
 */
final class SimulatedRun {

    private final SimulatedApplication app;
    private final SimulatedPlatform platform;
    private final Setup setup;
    private final Mode mode;
    private final boolean noisy;
    private final SplittableRandom random;
    private final Map<String, FunctionTally> functions = new LinkedHashMap<>();
    private final Map<String, EdgeTally> edges = new LinkedHashMap<>();
    private final List<Double> rootDurations = new ArrayList<>();

    /** How requests run. */
    enum Mode {
        /** With noise and random cold starts, billed rounded up: a measurement. */
        MEASURED,
        /** Without noise or cold starts: the typical, median request. */
        WARM,
        /** Without noise, each sync hop waiting its expected cold start, billed half a millisecond up: the mean. */
        EXPECTED
    }

    SimulatedRun(SimulatedApplication app, Setup setup, Mode mode, long seed) {
        this.app = app;
        this.platform = app.platform();
        this.setup = setup;
        this.mode = mode;
        this.noisy = mode == Mode.MEASURED;
        this.random = new SplittableRandom(seed);
    }

    SetupStatistics measure(int requests) {
        List<EntryStatistics> entries = new ArrayList<>();
        app.mix().forEach((entry, share) -> entries.add(measureEntry(entry, (int) Math.round(share * requests),
                share)));
        List<FunctionStatistics> stats = functions.values().stream().map(FunctionTally::statistics).toList();
        long invocations = stats.stream().mapToLong(FunctionStatistics::invocations).sum();
        long cold = stats.stream().mapToLong(FunctionStatistics::coldStarts).sum();
        long failed = stats.stream().mapToLong(FunctionStatistics::failures).sum();
        int sent = rootDurations.size();
        return new SetupStatistics(app.name(), setup.version(), sent, DurationSummary.empty(),
                summary(rootDurations), totalCost() / sent * 1000, (double) cold / invocations,
                (double) failed / invocations, 0, edges.values().stream().map(EdgeTally::edge).toList(), stats,
                entries);
    }

    private EntryStatistics measureEntry(String entry, int requests, double share) {
        double costBefore = totalCost();
        List<Double> durations = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            durations.add(invoke(entry));
        }
        rootDurations.addAll(durations);
        return new EntryStatistics(entry, requests, share, requests, DurationSummary.empty(), summary(durations),
                (totalCost() - costBefore) / requests * 1000);
    }

    private double totalCost() {
        return functions.values().stream().mapToDouble(f -> f.costSum).sum();
    }

    /**
     * @param entry an entry task
     * @return the root duration of one request of it
     */
    double latency(String entry) {
        return invoke(entry);
    }

    /**
     * @param entry an entry task
     * @param latencyMs the typical root duration, from a {@link Mode#WARM} run
     * @return one request's figures as a prediction would state them
     */
    Prediction asPrediction(String entry, double latencyMs) {
        invoke(entry);
        List<FunctionPrediction> forecasts = new ArrayList<>();
        double cost = 0;
        for (FunctionTally f : functions.values()) {
            if (f.outOfMemory > 0) {
                throw new IllegalArgumentException("function " + f.entry + " runs out of memory at " + f.memoryMb
                        + " MB");
            }
            cost += f.costSum * 1000;
            forecasts.add(new FunctionPrediction(f.entry, f.memoryMb, f.running, f.durations.size(),
                    f.durations.get(0), f.costSum * 1000, f.usedMb));
        }
        return new Prediction(setup, latencyMs, latencyMs, cost, forecasts);
    }

    private double invoke(String entry) {
        FunctionSpec spec = setup.function(entry).orElseThrow(() -> new IllegalStateException("no function " + entry));
        FunctionTally tally = functions.computeIfAbsent(entry, e -> new FunctionTally(spec, app));
        Execution execution = new Execution(spec, tally);
        double spanMs = execution.run(entry);
        double durationMs = Math.max(spanMs, execution.cpuMs / platform.vcpus(spec.memoryMb())) + platform.runtimeMs();
        tally.add(durationMs, noisy && random.nextDouble() < platform.coldStartRatio(), mode, platform);
        return durationMs;
    }

    private double jitter(double sigma) {
        return noisy ? Math.exp(sigma * random.nextGaussian()) : 1;
    }

    /** One invocation of one function. */
    private final class Execution {
        private final FunctionSpec spec;
        private final FunctionTally tally;
        private double cpuMs;

        Execution(FunctionSpec spec, FunctionTally tally) {
            this.spec = spec;
            this.tally = tally;
        }

        double run(String name) {
            SimulatedTask task = app.task(name);
            double work = task.cpuMs() * tally.pressure * jitter(platform.jitter());
            cpuMs += work;
            double now = task.waitMs() * jitter(platform.jitter())
                    + work / Math.min(task.threads(), platform.vcpus(spec.memoryMb()));
            double branchesEnd = 0;
            double acceptedBy = 0;
            boolean syncDone = false;
            for (SimulatedTask.Call call : task.calls()) {
                if (call.sync() && task.concurrentSync()) {
                    now += syncDone ? 0 : concurrentSyncCalls(task);
                    syncDone = true;
                } else if (call.sync()) {
                    now += syncCall(name, call.callee());
                } else if (spec.runsInline(call.callee(), false)) {
                    double branch = run(call.callee());
                    record(name, call, true, branch);
                    branchesEnd = Math.max(branchesEnd, now + branch);
                    now += platform.localCallMs();
                } else {
                    double acceptanceMs = platform.asyncHandOffMs() * jitter(platform.overheadJitter());
                    invoke(call.callee());
                    record(name, call, false, acceptanceMs);
                    acceptedBy = Math.max(acceptedBy, now + acceptanceMs); // sent in the background
                }
            }
            return Math.max(Math.max(now, branchesEnd), acceptedBy);
        }

        private double concurrentSyncCalls(SimulatedTask task) {
            double longest = 0;
            for (SimulatedTask.Call call : task.calls()) {
                if (call.sync()) {
                    longest = Math.max(longest, syncCall(task.name(), call.callee()));
                }
            }
            return longest;
        }

        private double syncCall(String caller, String callee) {
            boolean local = spec.runsInline(callee, true);
            double ms;
            if (local) {
                ms = platform.localCallMs() + run(callee);
            } else {
                double overhead = platform.remoteSyncMs() * jitter(platform.overheadJitter());
                double cold = switch (mode) {
                    case MEASURED -> random.nextDouble() < platform.coldStartRatio() ? platform.initMs() : 0;
                    case WARM -> 0;
                    case EXPECTED -> platform.coldStartRatio() * platform.initMs();
                };
                ms = overhead + cold + invoke(callee);
            }
            record(caller, new SimulatedTask.Call(callee, true), local, ms);
            return ms;
        }

        private void record(String caller, SimulatedTask.Call call, boolean local, double ms) {
            if (!noisy) {
                return;
            }
            edges.computeIfAbsent(spec.entry() + "/" + caller + "/" + call.callee(),
                    key -> new EdgeTally(spec.entry(), caller, call.callee())).add(call.sync(), local, ms);
        }
    }

    static DurationSummary summary(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new DurationSummary(sorted.length, Arrays.stream(sorted).average().orElse(0), rank(sorted, 0.50),
                rank(sorted, 0.95), rank(sorted, 0.99), sorted[sorted.length - 1]);
    }

    private static double rank(double[] sorted, double quantile) {
        return sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    /** What one function did. */
    private static final class FunctionTally {
        final String entry;
        final int memoryMb;
        final java.util.Set<String> running;
        final int usedMb;
        final int reportedMb;
        final double pressure;
        final List<Double> durations = new ArrayList<>();
        double billedSum;
        double costSum;
        long coldStarts;
        long outOfMemory;

        FunctionTally(FunctionSpec spec, SimulatedApplication app) {
            this.entry = spec.entry();
            this.memoryMb = spec.memoryMb();
            this.running = app.running(spec);
            this.usedMb = app.memoryUsedMb(running);
            this.reportedMb = app.reportsMemory() ? Math.min(usedMb, memoryMb) : 0;
            double fill = (double) usedMb / memoryMb;
            this.pressure = 1 + app.platform().pressure() * fill * fill;
        }

        void add(double durationMs, boolean cold, Mode mode, SimulatedPlatform platform) {
            durations.add(durationMs);
            double billed = mode == Mode.EXPECTED ? durationMs + 0.5 : Math.ceil(durationMs);
            billedSum += billed;
            costSum += platform.prices().costPerInvocation(billed, memoryMb);
            coldStarts += cold ? 1 : 0;
            outOfMemory += usedMb > memoryMb ? 1 : 0;
        }

        FunctionStatistics statistics() {
            int n = durations.size();
            return new FunctionStatistics(entry, "sim-" + entry, memoryMb, n, coldStarts, outOfMemory, 0,
                    outOfMemory, 0, summary(durations), billedSum / n, reportedMb, costSum / n);
        }
    }

    /** The calls on one edge. */
    private static final class EdgeTally {
        final String function;
        final String caller;
        final String callee;
        final long[] counts = new long[4];
        double durationSum;

        EdgeTally(String function, String caller, String callee) {
            this.function = function;
            this.caller = caller;
            this.callee = callee;
        }

        void add(boolean sync, boolean local, double ms) {
            counts[(sync ? 0 : 2) + (local ? 0 : 1)]++;
            durationSum += ms;
        }

        CallEdge edge() {
            long calls = Arrays.stream(counts).sum();
            return new CallEdge(function, caller, callee, counts[0], counts[1], counts[2], counts[3], 100 * calls,
                    50 * calls, durationSum / calls, 0);
        }
    }
}
