package io.fusionize.optimizer.model;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.monitor.CallEdge;
import io.fusionize.monitor.FunctionStatistics;
import io.fusionize.monitor.SetupStatistics;
import io.fusionize.optimizer.DeployedSetup;
import io.fusionize.optimizer.History;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Everything the model learns from a history: solo task observations, remote call overheads, and
 * functions that hit their resource limits. Setups marked bad still teach: their healthy functions
 * were measured all the same.
 */
final class Observations {

    final List<SoloObservation> solo = new ArrayList<>();
    final List<OverheadObservation> overheads = new ArrayList<>();
    final List<FailedFunction> failures = new ArrayList<>();

    /**
     * A function that timed out, ran out of memory or crashed.
     *
     * @param setup the setup it belonged to
     * @param function the function
     */
    record FailedFunction(Setup setup, FunctionSpec function) {
    }

    static Observations from(History history) {
        Observations observations = new Observations();
        history.entries().forEach(observations::add);
        return observations;
    }

    private void add(DeployedSetup entry) {
        SetupStatistics stats = entry.statistics();
        MeasuredFunctions measuredFunctions = MeasuredFunctions.of(entry.setup(), stats);
        Map<String, List<CallEdge>> edgesByFunction = stats.callGraph().stream()
                .collect(Collectors.groupingBy(CallEdge::function));
        for (FunctionSpec function : entry.setup().functions()) {
            Optional<FunctionStatistics> measured = measuredFunctions.statistics(function)
                    .filter(f -> f.invocations() > 0);
            if (measured.isEmpty()) {
                continue;
            }
            if (measured.get().hadResourceFailures()) {
                failures.add(new FailedFunction(entry.setup(), function));
                continue;
            }
            List<CallEdge> edges = edgesByFunction.getOrDefault(function.entry(), List.of());
            addOverheads(measuredFunctions, edges);
            if (!measured.get().duration().isEmpty() && ranAlone(function.entry(), edges)) {
                solo.add(SoloReading.of(function, measured.get(), edges));
            }
        }
    }

    // Alone: no call ran in-process and nothing but the entry task made calls.
    private static boolean ranAlone(String entry, List<CallEdge> edges) {
        return edges.stream().allMatch(e -> e.callerTask().equals(entry) && e.localCalls() == 0);
    }

    private void addOverheads(MeasuredFunctions measured, List<CallEdge> edges) {
        for (CallEdge edge : edges) {
            if (edge.syncRemote() > 0 && edge.syncRemote() == edge.calls()) {
                calleeMeanMs(measured, edge.callee()).ifPresent(callee -> overheads.add(new OverheadObservation(
                        edge.callerTask(), edge.callee(), true, Math.max(0, edge.meanDurationMs() - callee),
                        edge.calls())));
            } else if (edge.asyncRemote() > 0 && edge.asyncRemote() == edge.calls()) {
                overheads.add(new OverheadObservation(edge.callerTask(), edge.callee(), false,
                        Math.max(0, edge.meanDurationMs()), edge.calls()));
            }
        }
    }

    private static OptionalDouble calleeMeanMs(MeasuredFunctions measured, String callee) {
        return measured.spec(callee)
                .flatMap(measured::statistics)
                .filter(f -> !f.duration().isEmpty() && !f.hadResourceFailures())
                .map(f -> OptionalDouble.of(f.duration().meanMs()))
                .orElse(OptionalDouble.empty());
    }
}
