package io.fusionize.dashboard;

import io.fusionize.api.Application;
import io.fusionize.api.TaskDefinition;
import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A setup as the page draws it: each function a box holding the tasks it runs, each declared call
 * an edge that is sync or async, and inline (inside one box) or remote (between boxes).
 *
 * @param version the setup version
 * @param text the setup in compact text form
 * @param functions the functions, in the setup's order
 * @param edges every declared call, once per function it can run in
 */
public record SetupGraph(int version, String text, List<Box> functions, List<Edge> edges) {

    /** Freezes the lists. */
    public SetupGraph {
        Objects.requireNonNull(text, "text must not be null");
        functions = List.copyOf(functions);
        edges = List.copyOf(edges);
    }

    /**
     * @param setup the setup
     * @param application its application, whose tasks declare the calls
     * @return the graph
     */
    public static SetupGraph of(Setup setup, Application application) {
        List<Box> boxes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (FunctionSpec function : setup.functions()) {
            Set<String> tasks = tasksRunIn(function, application);
            boxes.add(new Box(function.entry(), function.functionName(setup.application()), function.memoryMb(),
                    List.copyOf(tasks)));
            for (String task : tasks) {
                TaskDefinition definition = application.task(task).orElseThrow();
                definition.calls().syncCallees().forEach(callee -> edges.add(edge(function, task, callee, true)));
                definition.calls().asyncCallees().forEach(callee -> edges.add(edge(function, task, callee, false)));
            }
        }
        return new SetupGraph(setup.version(), SetupText.format(setup), boxes, edges);
    }

    /** The entry task and every task its inline calls reach, transitively. */
    private static Set<String> tasksRunIn(FunctionSpec function, Application application) {
        Set<String> tasks = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(function.entry()));
        while (!next.isEmpty()) {
            String task = next.poll();
            if (!tasks.add(task)) {
                continue;
            }
            application.task(task).ifPresent(definition -> {
                definition.calls().syncCallees().stream().filter(c -> function.runsInline(c, true)).forEach(next::add);
                definition.calls().asyncCallees().stream().filter(c -> function.runsInline(c, false))
                        .forEach(next::add);
            });
        }
        return tasks;
    }

    private static Edge edge(FunctionSpec function, String caller, String callee, boolean sync) {
        boolean inline = function.runsInline(callee, sync);
        return new Edge(function.entry(), caller, inline ? function.entry() : callee, callee, sync, inline);
    }

    /**
     * One function.
     *
     * @param entry its entry task, which names it in the setup
     * @param name its platform name
     * @param memoryMb its memory size
     * @param tasks the tasks it runs, its entry first
     */
    public record Box(String entry, String name, int memoryMb, List<String> tasks) {

        /** Freezes the tasks. */
        public Box {
            tasks = List.copyOf(tasks);
        }
    }

    /**
     * One call edge.
     *
     * @param fromFunction the entry task of the function the caller runs in
     * @param caller the calling task
     * @param toFunction the entry task of the function the callee runs in
     * @param callee the called task
     * @param sync whether the caller waits for the result
     * @param inline whether the call runs in-process
     */
    public record Edge(String fromFunction, String caller, String toFunction, String callee, boolean sync,
            boolean inline) {
    }
}
