package io.fusionize.core.setup;

import io.fusionize.api.Application;
import io.fusionize.api.TaskDefinition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Follows, for one setup, the calls that can actually happen: which tasks run in each function,
 * which inline rules those calls use, and which functions the entries' requests reach. What is
 * never reached is allowed, but almost always a mistake in a hand-written setup.
 */
final class SetupReach {

    private final Setup setup;
    private final Application application;
    private final Map<String, FunctionSpec> functions = new LinkedHashMap<>();

    SetupReach(Setup setup, Application application) {
        this.setup = setup;
        this.application = application;
        setup.functions().forEach(f -> functions.putIfAbsent(f.entry(), f));
    }

    /** @return one message per unused inline rule, then one per unreachable function */
    List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        Map<String, Set<String>> remoteCallees = new LinkedHashMap<>();
        for (FunctionSpec function : functions.values()) {
            if (application.tasks().containsKey(function.entry())) {
                remoteCallees.put(function.entry(), followInline(function, warnings));
            }
        }
        unreached(remoteCallees).forEach(entry -> warnings.add("function " + entry
                + " is never invoked: no entry task's requests reach it (every call to " + entry
                + " runs inline elsewhere)"));
        return warnings;
    }

    /** Walks the calls code in the function makes; warns about unused inline rules. */
    private Set<String> followInline(FunctionSpec function, List<String> warnings) {
        Set<String> running = new LinkedHashSet<>(List.of(function.entry()));
        Set<String> usedSync = new LinkedHashSet<>();
        Set<String> usedAsync = new LinkedHashSet<>();
        Set<String> remote = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(running);
        while (!pending.isEmpty()) {
            TaskDefinition caller = application.tasks().get(pending.poll());
            for (String callee : caller.calls().syncCallees()) {
                follow(function, callee, true, usedSync, remote, running, pending);
            }
            for (String callee : caller.calls().asyncCallees()) {
                follow(function, callee, false, usedAsync, remote, running, pending);
            }
        }
        unused(function, function.inlineSync(), usedSync, "sync", warnings);
        unused(function, function.inlineAsync(), usedAsync, "async", warnings);
        return remote;
    }

    private static void follow(FunctionSpec function, String callee, boolean sync, Set<String> used,
            Set<String> remote, Set<String> running, Deque<String> pending) {
        if (!function.runsInline(callee, sync)) {
            remote.add(callee);
            return;
        }
        used.add(callee);
        if (running.add(callee)) {
            pending.add(callee);
        }
    }

    private static void unused(FunctionSpec function, Set<String> rules, Set<String> used, String kind,
            List<String> warnings) {
        rules.stream().filter(task -> !used.contains(task)).forEach(task -> warnings.add("function "
                + function.entry() + ": inline " + kind + " rule for " + task + " is never used: no task running in "
                + function.entry() + " calls " + task + " " + kind));
    }

    /** @return the functions no entry task's requests reach, through remote calls */
    private List<String> unreached(Map<String, Set<String>> remoteCallees) {
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        application.entryTasks().stream().filter(functions::containsKey).forEach(entry -> {
            reached.add(entry);
            pending.add(entry);
        });
        while (!pending.isEmpty()) {
            for (String callee : remoteCallees.getOrDefault(pending.poll(), Set.of())) {
                if (functions.containsKey(callee) && reached.add(callee)) {
                    pending.add(callee);
                }
            }
        }
        return setup.functions().stream().map(FunctionSpec::entry).distinct()
                .filter(entry -> !reached.contains(entry)).toList();
    }
}
