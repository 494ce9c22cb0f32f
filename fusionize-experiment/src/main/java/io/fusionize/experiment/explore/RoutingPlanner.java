package io.fusionize.experiment.explore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.fusionize.api.Application;
import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupGenerators;

/**
 * Turns an inline-or-remote choice per call edge into a valid setup, the way the generators build
 * one: each entry task gets a function; in a function, an edge chosen inline runs its callee
 * in-process wherever its caller runs there; every callee that is still called remotely gets a
 * function of its own. Only functions that requests reach are created, so no function is left
 * that nothing invokes. A function's rule is per callee, so where two callers in one function
 * disagree, inline wins.
 */
final class RoutingPlanner {

    private final Application application;
    private final Map<String, List<Edge>> edgesByCaller;
    private final Map<String, Integer> taskOrder = new HashMap<>();

    /**
     * @param application the application
     * @param edges its call edges
     */
    RoutingPlanner(Application application, List<Edge> edges) {
        this.application = application;
        this.edgesByCaller = edges.stream().collect(Collectors.groupingBy(Edge::caller));
        application.tasks().keySet().forEach(task -> taskOrder.put(task, taskOrder.size()));
    }

    /**
     * @param inline which edges run their callee in-process
     * @return the setup, version 1, every function at the default memory size, in the
     *     application's task order
     */
    Setup routing(Predicate<Edge> inline) {
        Map<String, FunctionSpec> functions = new HashMap<>();
        Deque<String> pending = new ArrayDeque<>(application.entryTasks());
        while (!pending.isEmpty()) {
            String entry = pending.poll();
            if (!functions.containsKey(entry)) {
                Hosted hosted = host(entry, inline);
                functions.put(entry, hosted.function());
                pending.addAll(hosted.remoteCallees());
            }
        }
        List<FunctionSpec> ordered = functions.values().stream()
                .sorted((a, b) -> Integer.compare(taskOrder.get(a.entry()), taskOrder.get(b.entry()))).toList();
        return new Setup(application.name(), 1, ordered);
    }

    private Hosted host(String entry, Predicate<Edge> inline) {
        Set<String> running = new LinkedHashSet<>(List.of(entry));
        Set<String> sync = new LinkedHashSet<>();
        Set<String> async = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(running);
        while (!pending.isEmpty()) {
            for (Edge edge : edgesOf(pending.poll())) {
                // a call back to the entry goes to the function itself, never inline
                if (inline.test(edge) && !edge.callee().equals(entry)) {
                    (edge.sync() ? sync : async).add(edge.callee());
                    if (running.add(edge.callee())) {
                        pending.add(edge.callee());
                    }
                }
            }
        }
        FunctionSpec function = new FunctionSpec(entry, SetupGenerators.DEFAULT_MEMORY_MB, inTaskOrder(sync),
                inTaskOrder(async));
        return new Hosted(function, remoteCallees(function, running));
    }

    private List<String> remoteCallees(FunctionSpec function, Set<String> running) {
        List<String> callees = new ArrayList<>();
        for (String task : running) {
            edgesOf(task).stream().filter(edge -> !function.runsInline(edge.callee(), edge.sync()))
                    .forEach(edge -> callees.add(edge.callee()));
        }
        return callees;
    }

    private List<Edge> edgesOf(String task) {
        return edgesByCaller.getOrDefault(task, List.of());
    }

    // One order for equal inline sets, whichever edges put them there, so that equal setups read the same.
    private Set<String> inTaskOrder(Set<String> tasks) {
        return tasks.stream().sorted((a, b) -> Integer.compare(taskOrder.get(a), taskOrder.get(b)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A function and the callees its code still calls remotely. */
    private record Hosted(FunctionSpec function, List<String> remoteCallees) {
    }
}
