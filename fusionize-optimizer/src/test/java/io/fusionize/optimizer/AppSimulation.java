package io.fusionize.optimizer;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.monitor.CallEdge;
import io.fusionize.monitor.DurationSummary;
import io.fusionize.monitor.EntryStatistics;
import io.fusionize.monitor.FunctionStatistics;
import io.fusionize.monitor.SetupStatistics;
import io.fusionize.protocol.billing.PriceTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A deterministic model of an application that "measures" a setup the way the monitor would: it
 * routes every call by the setup's rules, counts the observed call graph, and bills each
 * invocation by a simple CPU-share and memory-pressure model. A function whose tasks need more
 * memory than it has runs out of memory.
 */
final class AppSimulation {

    static final int REQUESTS = 100;

    private static final double ONE_VCPU_MB = 1769;
    private static final double REMOTE_SYNC_MS = 30;
    private static final double REMOTE_ASYNC_MS = 5;
    private static final PriceTable PRICES = PriceTable.awsX86();

    private final String application;
    private final List<String> tasks;
    private final Map<String, List<Call>> calls;
    private final Map<String, Work> work;
    private final Map<String, Integer> requestsByEntry;

    private AppSimulation(String application, List<String> tasks, Map<String, List<Call>> calls,
                          Map<String, Work> work) {
        this(application, tasks, calls, work, Map.of(tasks.get(0), REQUESTS));
    }

    private AppSimulation(String application, List<String> tasks, Map<String, List<Call>> calls,
                          Map<String, Work> work, Map<String, Integer> requestsByEntry) {
        this.application = application;
        this.tasks = tasks;
        this.calls = calls;
        this.work = work;
        this.requestsByEntry = new LinkedHashMap<>(requestsByEntry);
    }

    /**
     * A shop with two entry tasks: browsing (B, 80 of 100 requests) asks the catalog (C), which
     * asks for prices (P); ordering (O, 20 of 100) validates (V) and prices sync, and mails (M)
     * async.
     */
    static AppSimulation shop() {
        Map<String, Integer> mix = new LinkedHashMap<>();
        mix.put("B", 80);
        mix.put("O", 20);
        return new AppSimulation("shop", List.of("B", "O", "C", "P", "V", "M"),
                Map.of("B", List.of(sync("C")), "C", List.of(sync("P")),
                        "O", List.of(sync("V"), sync("P"), async("M"))),
                Map.of("B", new Work(1, 0, 1, 60), "C", new Work(5, 10, 1, 60), "P", new Work(2, 3, 1, 60),
                        "O", new Work(2, 0, 1, 60), "V", new Work(20, 5, 1, 60), "M", new Work(1, 30, 1, 60)),
                mix);
    }

    /** The IoT application of the paper, entry I. */
    static AppSimulation iot() {
        return new AppSimulation("iot", List.of("I", "CW", "SE", "CT", "CS", "CSL", "CSA", "CA", "DJ", "AS"),
                Map.of("I", List.of(sync("CW"), sync("SE"), async("CT"), async("CS"), async("CA")),
                        "CT", List.of(async("AS")),
                        "CS", List.of(sync("CSL"), sync("CSA")),
                        "CA", List.of(sync("DJ"), async("AS"))),
                Map.of("I", new Work(2, 1, 1, 100), "CW", new Work(40, 0, 1, 200), "SE", new Work(1, 8, 1, 60),
                        "CT", new Work(60, 0, 2, 90), "CS", new Work(1, 0, 1, 60), "CSL", new Work(1, 12, 1, 60),
                        "CSA", new Work(40, 4, 1, 200), "CA", new Work(1, 0, 1, 60), "DJ", new Work(60, 4, 2, 90),
                        "AS", new Work(60, 6, 2, 90)));
    }

    /** The Tree application of the paper, entry A: a sync chain A-B-D-E and an async fan-out C-F, G. */
    static AppSimulation tree() {
        return new AppSimulation("tree", List.of("A", "B", "C", "D", "E", "F", "G"),
                Map.of("A", List.of(async("C"), sync("B")), "B", List.of(sync("D")), "D", List.of(sync("E")),
                        "C", List.of(async("F"), async("G"))),
                Map.of("A", new Work(1, 0, 1, 60), "B", new Work(0, 500, 1, 60), "C", new Work(60, 0, 2, 90),
                        "D", new Work(0, 500, 1, 60), "E", new Work(0, 500, 1, 60), "F", new Work(60, 0, 2, 90),
                        "G", new Work(60, 0, 2, 90)));
    }

    String application() {
        return application;
    }

    Setup allRemote(int memoryMb) {
        return new Setup(application, 1,
                tasks.stream().map(t -> new FunctionSpec(t, memoryMb, Set.of(), Set.of())).toList());
    }

    SetupStatistics measure(Setup setup) {
        return new Measurement().run(setup);
    }

    /** The counters of one measured setup. */
    private final class Measurement {
        private final Map<String, CallEdgeCounter> edges = new LinkedHashMap<>();
        private final Map<String, FunctionCounter> functions = new LinkedHashMap<>();

        private final List<Double> rootDurations = new ArrayList<>();
        private final List<EntryStatistics> entries = new ArrayList<>();

        SetupStatistics run(Setup setup) {
            int requests = requestsByEntry.values().stream().mapToInt(Integer::intValue).sum();
            requestsByEntry.forEach((entry, n) -> runEntry(setup, entry, n, requests));
            double costPerRequest = totalCost() / requests;
            List<FunctionStatistics> stats = functions.values().stream().map(FunctionCounter::statistics).toList();
            long failures = stats.stream().mapToLong(FunctionStatistics::failures).sum();
            long invocations = stats.stream().mapToLong(FunctionStatistics::invocations).sum();
            return new SetupStatistics(application, setup.version(), requests, summary(rootDurations, 5),
                    summary(rootDurations, 0), costPerRequest * 1000, 0, (double) failures / invocations, 0,
                    edges.values().stream().map(CallEdgeCounter::edge).toList(), stats, entries);
        }

        // Every request of an entry lasts the same, so its summaries hold one value.
        private void runEntry(Setup setup, String entry, int n, int requests) {
            double costBefore = totalCost();
            double rootMs = 0;
            for (int i = 0; i < n; i++) {
                rootMs = invoke(setup, entry);
                rootDurations.add(rootMs);
            }
            double costPer1000 = (totalCost() - costBefore) / n * 1000;
            entries.add(new EntryStatistics(entry, n, (double) n / requests, n, summary(List.of(rootMs), 5),
                    summary(List.of(rootMs), 0), costPer1000));
        }

        private double totalCost() {
            return functions.values().stream().mapToDouble(f -> f.costSum).sum();
        }

        private double invoke(Setup setup, String entry) {
            FunctionSpec function = setup.function(entry).orElseThrow();
            Execution execution = new Execution(this, function);
            double durationMs = execution.run(setup, entry);
            functions.computeIfAbsent(entry, e -> new FunctionCounter(application, e, function.memoryMb()))
                    .add(durationMs, execution.workingSetMb);
            return durationMs;
        }
    }

    /** One invocation of one function: tasks run inline add to its duration and working set. */
    private final class Execution {
        private final Measurement measurement;
        private final FunctionSpec function;
        private int workingSetMb;

        Execution(Measurement measurement, FunctionSpec function) {
            this.measurement = measurement;
            this.function = function;
        }

        double run(Setup setup, String task) {
            Work taskWork = work.get(task);
            workingSetMb = Math.max(workingSetMb, taskWork.workingSetMb);
            double ms = taskWork.durationMs(function.memoryMb());
            for (Call call : calls.getOrDefault(task, List.of())) {
                boolean local = function.runsInline(call.callee, call.sync);
                measurement.edges.computeIfAbsent(function.entry() + "/" + task + "/" + call.callee,
                        k -> new CallEdgeCounter(function.entry(), task, call.callee)).add(call.sync, local);
                ms += local ? run(setup, call.callee) : remote(setup, call);
            }
            return ms;
        }

        private double remote(Setup setup, Call call) {
            double calleeMs = measurement.invoke(setup, call.callee);
            return call.sync ? REMOTE_SYNC_MS + calleeMs : REMOTE_ASYNC_MS;
        }
    }

    // Nearest-rank percentiles of the values, each shifted by the gateway's share.
    private static DurationSummary summary(List<Double> values, double gatewayMs) {
        double[] sorted = values.stream().mapToDouble(v -> v + gatewayMs).sorted().toArray();
        double mean = java.util.Arrays.stream(sorted).average().orElse(0);
        return new DurationSummary(sorted.length, mean, rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99),
                sorted[sorted.length - 1]);
    }

    private static double rank(double[] sorted, double quantile) {
        return sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static Call sync(String callee) {
        return new Call(callee, true);
    }

    private static Call async(String callee) {
        return new Call(callee, false);
    }

    private record Call(String callee, boolean sync) {
    }

    /** CPU work slows with a smaller CPU share and with memory pressure; I/O does not. */
    private record Work(double cpuMs, double ioMs, int threads, int workingSetMb) {
        double durationMs(int memoryMb) {
            double cpuShare = Math.max(1, threads * ONE_VCPU_MB / memoryMb);
            double pressure = 1 + Math.pow((double) workingSetMb / memoryMb, 2);
            return cpuMs * cpuShare * pressure + ioMs;
        }
    }

    private static final class CallEdgeCounter {
        private final String function;
        private final String caller;
        private final String callee;
        private final long[] counts = new long[4];

        CallEdgeCounter(String function, String caller, String callee) {
            this.function = function;
            this.caller = caller;
            this.callee = callee;
        }

        void add(boolean sync, boolean local) {
            counts[(sync ? 0 : 2) + (local ? 0 : 1)]++;
        }

        CallEdge edge() {
            long calls = counts[0] + counts[1] + counts[2] + counts[3];
            return new CallEdge(function, caller, callee, counts[0], counts[1], counts[2], counts[3],
                    100 * calls, 10 * calls, 1.0, 0);
        }
    }

    private static final class FunctionCounter {
        private final String application;
        private final String entry;
        private final int memoryMb;
        private final List<Double> billed = new ArrayList<>();
        private long outOfMemory;
        private double costSum;

        FunctionCounter(String application, String entry, int memoryMb) {
            this.application = application;
            this.entry = entry;
            this.memoryMb = memoryMb;
        }

        void add(double durationMs, int workingSetMb) {
            double billedMs = Math.ceil(durationMs);
            billed.add(billedMs);
            costSum += PRICES.costPerInvocation(billedMs, memoryMb);
            outOfMemory += workingSetMb > memoryMb ? 1 : 0;
        }

        FunctionStatistics statistics() {
            double mean = billed.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            DurationSummary duration = new DurationSummary(billed.size(), mean, mean, mean, mean, mean);
            return new FunctionStatistics(entry, application + "-" + entry, memoryMb, billed.size(), 0, outOfMemory, 0,
                    outOfMemory, 0, duration, mean, 0, costSum / billed.size());
        }
    }
}
