package io.fusionize.optimizer.model;

import io.fusionize.core.setup.FunctionSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every routing of an application's calls: one inline-or-remote choice per call edge reachable from
 * any entry task. A choice turns into per-function rules; where two callers in one function
 * disagree about the same callee, inline wins, because a function's rule is per callee. Every entry
 * task keeps a function of its own, since root requests are sent to it.
 */
final class FusionSpace {

    private final List<String> rootTasks;
    private final List<CallKey> edges;
    private final Map<String, List<CallKey>> edgesByCaller;

    /**
     * @param rootTasks the entry tasks of root requests
     * @param edges the call edges, in a stable order
     */
    FusionSpace(List<String> rootTasks, List<CallKey> edges) {
        this.rootTasks = List.copyOf(rootTasks);
        this.edges = List.copyOf(edges);
        this.edgesByCaller = edges.stream().collect(Collectors.groupingBy(CallKey::caller, LinkedHashMap::new,
                Collectors.toList()));
    }

    static FusionSpace of(PerformanceModel model) {
        List<String> roots = model.mix().entryTasks();
        Set<String> reachable = reachable(roots, model.profiles());
        List<CallKey> edges = new ArrayList<>();
        model.profiles().values().stream().filter(p -> reachable.contains(p.task()))
                .forEach(p -> p.calls().forEach(c -> edges.add(new CallKey(p.task(), c.callee(), c.sync()))));
        return new FusionSpace(roots, edges);
    }

    private static Set<String> reachable(List<String> roots, Map<String, TaskProfile> profiles) {
        Set<String> reached = new LinkedHashSet<>(roots);
        Deque<String> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            TaskProfile profile = profiles.get(pending.poll());
            if (profile != null) {
                profile.calls().stream().map(CallProfile::callee).filter(reached::add).forEach(pending::add);
            }
        }
        return reached;
    }

    List<CallKey> edges() {
        return edges;
    }

    /**
     * @param inline for each edge, in {@link #edges()} order, whether it should run in-process
     * @return the routing those choices give
     */
    FusionPlan plan(boolean[] inline) {
        Map<CallKey, Boolean> choice = new LinkedHashMap<>();
        for (int i = 0; i < edges.size(); i++) {
            choice.put(edges.get(i), inline[i]);
        }
        Map<String, FunctionSpec> live = new LinkedHashMap<>();
        Map<String, Set<String>> tasks = new LinkedHashMap<>();
        Deque<String> pending = new ArrayDeque<>(rootTasks);
        while (!pending.isEmpty()) {
            String entry = pending.poll();
            if (live.containsKey(entry)) {
                continue;
            }
            FunctionSpec function = function(entry, choice, tasks);
            live.put(entry, function);
            remoteCallees(function, tasks.get(entry)).forEach(pending::add);
        }
        String key = live.values().stream().map(f -> f.entry() + "+" + new TreeSet<>(f.inlineSync()) + "&"
                + new TreeSet<>(f.inlineAsync())).sorted().collect(Collectors.joining(", "));
        return new FusionPlan(List.copyOf(live.values()), tasks, key);
    }

    private FunctionSpec function(String entry, Map<CallKey, Boolean> choice, Map<String, Set<String>> tasks) {
        Set<String> running = new LinkedHashSet<>(List.of(entry));
        Set<String> inlineSync = new LinkedHashSet<>();
        Set<String> inlineAsync = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(running);
        while (!pending.isEmpty()) {
            for (CallKey edge : edgesByCaller.getOrDefault(pending.poll(), List.of())) {
                if (choice.get(edge)) {
                    (edge.sync() ? inlineSync : inlineAsync).add(edge.callee());
                    if (running.add(edge.callee())) {
                        pending.add(edge.callee());
                    }
                }
            }
        }
        tasks.put(entry, running);
        return new FunctionSpec(entry, 1, inlineSync, inlineAsync);
    }

    private List<String> remoteCallees(FunctionSpec function, Set<String> running) {
        List<String> callees = new ArrayList<>();
        for (String task : running) {
            for (CallKey edge : edgesByCaller.getOrDefault(task, List.of())) {
                if (!function.runsInline(edge.callee(), edge.sync())) {
                    callees.add(edge.callee());
                }
            }
        }
        return callees;
    }
}
