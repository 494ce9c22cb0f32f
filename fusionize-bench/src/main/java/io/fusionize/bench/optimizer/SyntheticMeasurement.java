package io.fusionize.bench.optimizer;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.examples.synthetic.SyntheticCall;
import io.fusionize.examples.synthetic.SyntheticGraph;
import io.fusionize.examples.synthetic.SyntheticTaskShape;
import io.fusionize.monitor.DurationSummary;
import io.fusionize.monitor.SetupStatistics;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * "Measures" a setup of a synthetic application without running it: every call is routed by the
 * setup's rules and every task takes its nominal work, on a {@link FixturePlatform}, so the
 * statistics are what the monitor would report of a platform without noise or cold starts.
 *
 * <p>A task lasts its waiting plus its CPU work at its function's CPU share, then its calls: sync
 * ones one after the other, inline async ones as branches, remote async ones accepted in the
 * background. A function lasts at least its CPU work divided by its vCPUs, and uses the memory
 * of every task it ran on top of the instance's own.
 */
public final class SyntheticMeasurement {

    private final Map<String, SyntheticTaskShape> tasks = new HashMap<>();
    private final Map<String, FunctionSpec> functions = new HashMap<>();
    private final FixturePlatform platform;
    private final Setup setup;
    private final Map<String, FunctionTally> functionTallies = new LinkedHashMap<>();
    private final Map<String, EdgeTally> edgeTallies = new LinkedHashMap<>();

    private SyntheticMeasurement(SyntheticGraph graph, Setup setup, FixturePlatform platform) {
        graph.tasks().forEach(task -> tasks.put(task.name(), task));
        setup.functions().forEach(function -> functions.put(function.entry(), function));
        this.setup = setup;
        this.platform = platform;
    }

    /**
     * @param graph the application's tasks
     * @param setup the setup to measure
     * @param platform what the platform costs
     * @param requests how many requests each entry task served
     * @return the statistics the monitor would report
     */
    public static SetupStatistics measure(SyntheticGraph graph, Setup setup, FixturePlatform platform,
            long requests) {
        return new SyntheticMeasurement(graph, setup, platform).run(graph, requests);
    }

    private SetupStatistics run(SyntheticGraph graph, long requests) {
        double rootSumMs = 0;
        for (SyntheticTaskShape entry : graph.entries()) {
            rootSumMs += invoke(entry.name());
        }
        int entries = graph.entries().size();
        double rootMs = rootSumMs / entries;
        double costPer1000 = functionTallies.values().stream().mapToDouble(FunctionTally::costUsd).sum()
                / entries * 1000;
        long roots = requests * entries;
        return new SetupStatistics(setup.application(), setup.version(), roots, summary(roots, rootMs + 2),
                summary(roots, rootMs), costPer1000, 0, 0, 0,
                edgeTallies.values().stream().map(edge -> edge.edge(requests)).toList(),
                functionTallies.values().stream().map(function -> function.statistics(requests)).toList());
    }

    private double invoke(String entry) {
        FunctionSpec function = functions.get(entry);
        Invocation invocation = new Invocation(function);
        double spanMs = invocation.run(entry);
        double durationMs = Math.max(spanMs, invocation.cpuMs / platform.vcpus(function.memoryMb()))
                + platform.runtimeMs();
        functionTallies.computeIfAbsent(entry, e -> new FunctionTally(function, function.functionName(
                setup.application()))).add(durationMs, platform.baseMemoryMb() + invocation.memoryMb, platform.prices());
        return durationMs;
    }

    private static DurationSummary summary(long count, double ms) {
        return new DurationSummary(count, ms, ms, ms, ms, ms);
    }

    /** One invocation of one function: the tasks it runs inline add their work and memory. */
    private final class Invocation {

        private final FunctionSpec function;
        private double cpuMs;
        private int memoryMb;

        Invocation(FunctionSpec function) {
            this.function = function;
        }

        double run(String name) {
            SyntheticTaskShape task = tasks.get(name);
            cpuMs += task.cpuMs();
            memoryMb += task.memoryMb(); // a task holds its memory over its calls
            double now = task.waitMs() + task.cpuMs() / Math.min(1, platform.vcpus(function.memoryMb()));
            double branchesEnd = now;
            double acceptedBy = now;
            for (SyntheticCall call : task.calls()) {
                boolean local = function.runsInline(call.callee(), call.sync());
                double callMs = call(call, local);
                record(name, call, local, callMs);
                if (call.sync()) {
                    now += callMs;
                } else if (local) {
                    branchesEnd = Math.max(branchesEnd, now + callMs);
                } else {
                    acceptedBy = Math.max(acceptedBy, now + callMs); // events are accepted in the background
                }
            }
            return Math.max(now, Math.max(branchesEnd, acceptedBy));
        }

        private double call(SyntheticCall call, boolean local) {
            if (local) {
                return platform.localCallMs() + run(call.callee());
            }
            double calleeMs = invoke(call.callee());
            return call.sync() ? platform.remoteSyncMs() + calleeMs : platform.asyncAcceptMs();
        }

        private void record(String caller, SyntheticCall call, boolean local, double callMs) {
            edgeTallies.computeIfAbsent(function.entry() + "/" + caller + "/" + call.callee(),
                    key -> new EdgeTally(function.entry(), caller, call.callee()))
                    .add(call.sync(), local, callMs, tasks.get(call.callee()).payloadBytes());
        }
    }
}
