package io.fusionize.optimizer.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns solo observations and overheads into one {@link TaskProfile} per task. */
final class ProfileBuilder {

    private final Observations observations;
    private final ModelOptions options;
    private final Map<CallKey, List<OverheadObservation>> overheadsByEdge;
    private final Map<Boolean, List<OverheadObservation>> overheadsByKind;

    ProfileBuilder(Observations observations, ModelOptions options) {
        this.observations = observations;
        this.options = options;
        // Grouped once, in the order observed, so that each call's overhead is found without a scan.
        this.overheadsByEdge = observations.overheads.stream().collect(Collectors.groupingBy(
                o -> new CallKey(o.caller(), o.callee(), o.sync()), HashMap::new, Collectors.toList()));
        this.overheadsByKind = observations.overheads.stream().collect(Collectors.partitioningBy(
                OverheadObservation::sync));
    }

    Map<String, TaskProfile> build() {
        Map<String, List<SoloObservation>> byTask = observations.solo.stream()
                .collect(Collectors.groupingBy(SoloObservation::task, LinkedHashMap::new, Collectors.toList()));
        Map<String, TaskProfile> profiles = new LinkedHashMap<>();
        byTask.forEach((task, readings) -> profiles.put(task, profile(task, readings)));
        return profiles;
    }

    private TaskProfile profile(String task, List<SoloObservation> readings) {
        CpuWaitFit.Split split = CpuWaitFit.fit(readings, options);
        long runs = readings.stream().mapToLong(SoloObservation::runs).sum();
        long concurrentRuns = readings.stream().filter(SoloObservation::concurrentSyncCalls)
                .mapToLong(SoloObservation::runs).sum();
        double need = readings.stream().mapToDouble(SoloObservation::maxMemoryUsedMb).max().orElse(0);
        return new TaskProfile(task, split.waitMs(), split.cpuMs(), split.threads(), split.splitKnown(),
                split.ownBySize(), need, concurrentRuns * 2 >= runs && concurrentRuns > 0, calls(task, readings, runs));
    }

    // A call missing from a reading counts as zero calls in it.
    private List<CallProfile> calls(String task, List<SoloObservation> readings, long runs) {
        Map<String, SoloObservation.ObservedCall> kinds = new LinkedHashMap<>();
        Map<String, Double> weightedCalls = new LinkedHashMap<>();
        for (SoloObservation reading : readings) {
            for (SoloObservation.ObservedCall call : reading.calls()) {
                String key = key(call.callee(), call.sync());
                kinds.putIfAbsent(key, call);
                weightedCalls.merge(key, call.callsPerRun() * reading.runs(), Double::sum);
            }
        }
        List<CallProfile> calls = new ArrayList<>();
        kinds.forEach((key, call) -> calls.add(new CallProfile(call.callee(), call.sync(),
                weightedCalls.get(key) / runs, overheadMs(task, call.callee(), call.sync()))));
        return calls;
    }

    private double overheadMs(String caller, String callee, boolean sync) {
        List<OverheadObservation> own = overheadsByEdge.getOrDefault(new CallKey(caller, callee, sync), List.of());
        return weightedMean(own.isEmpty() ? overheadsByKind.get(sync) : own);
    }

    private static double weightedMean(List<OverheadObservation> overheads) {
        long calls = overheads.stream().mapToLong(OverheadObservation::calls).sum();
        return calls == 0 ? 0 : overheads.stream().mapToDouble(o -> o.overheadMs() * o.calls()).sum() / calls;
    }

    private static String key(String callee, boolean sync) {
        return (sync ? "sync " : "async ") + callee;
    }
}
