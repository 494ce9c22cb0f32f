package io.fusionize.core.setup;

import io.fusionize.api.Application;
import io.fusionize.api.TaskDefinition;
import io.fusionize.protocol.lambda.LambdaLimits;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a setup against the application it is for and reports every problem it finds, each as
 * one specific message.
 *
 * <p>A setup is valid when every task it names exists, every function has a distinct entry task
 * that is not in its own inline sets and a memory size Lambda accepts, every entry task of the application has a function, and every
 * call that code running in a function can make is routable: either the callee is in that
 * function's inline set for the kind of call, or a function hosts the callee.
 */
public final class SetupValidator {

    private SetupValidator() {
    }

    /**
     * @param setup the setup to check
     * @param application the application it is for
     * @return every problem found, in a stable order; empty when the setup is valid
     */
    public static List<String> validate(Setup setup, Application application) {
        Objects.requireNonNull(setup, "setup must not be null");
        Objects.requireNonNull(application, "application must not be null");
        return new Check(setup, application).run();
    }

    /**
     * Finds what is allowed but has no effect: an inline rule no call running in its function can
     * use, and a function that no entry's requests can reach. Neither makes a setup invalid.
     *
     * @param setup a setup, valid or not; unknown tasks are skipped
     * @param application the application it is for
     * @return one message per finding, in a stable order; empty when there are none
     */
    public static List<String> warnings(Setup setup, Application application) {
        Objects.requireNonNull(setup, "setup must not be null");
        Objects.requireNonNull(application, "application must not be null");
        return new SetupReach(setup, application).warnings();
    }

    /**
     * Reads a setup document and checks it, so that a malformed document is reported as a
     * problem like any other.
     *
     * @param json a setup document
     * @param application the application it is for
     * @return every problem found; empty when the document is well-formed and the setup valid
     */
    public static List<String> validateJson(String json, Application application) {
        try {
            return validate(SetupJson.parse(json), application);
        } catch (SetupFormatException e) {
            return List.of(e.getMessage());
        }
    }

    /**
     * @param setup the setup to check
     * @param application the application it is for
     * @return the setup, when it is valid
     * @throws InvalidSetupException listing every problem, when it is not
     */
    public static Setup requireValid(Setup setup, Application application) {
        List<String> problems = validate(setup, application);
        if (!problems.isEmpty()) {
            throw new InvalidSetupException(problems);
        }
        return setup;
    }

    /** One validation run; collects problems in the order they are found. */
    private static final class Check {

        private final Setup setup;
        private final Application application;
        private final Set<String> problems = new LinkedHashSet<>();
        private final Map<String, FunctionSpec> functionsByEntry = new HashMap<>();

        Check(Setup setup, Application application) {
            this.setup = setup;
            this.application = application;
        }

        List<String> run() {
            checkApplicationAndVersion();
            setup.functions().forEach(this::checkFunction);
            application.entryTasks().stream()
                    .filter(entry -> !functionsByEntry.containsKey(entry))
                    .forEach(entry -> problems.add("entry task " + entry + " has no function"));
            functionsByEntry.values().stream()
                    .filter(function -> known(function.entry()))
                    .forEach(this::checkRouting);
            return new ArrayList<>(problems);
        }

        private void checkApplicationAndVersion() {
            if (!setup.application().equals(application.name())) {
                problems.add("setup is for application " + setup.application()
                        + ", not " + application.name());
            }
            if (setup.version() < 0) {
                problems.add("version " + setup.version() + " must not be negative");
            }
        }

        private void checkFunction(FunctionSpec function) {
            String entry = function.entry();
            if (functionsByEntry.putIfAbsent(entry, function) != null) {
                problems.add("duplicate function: more than one function has entry task " + entry);
            }
            if (!known(entry)) {
                problems.add("unknown task " + entry + " is the entry of a function");
            }
            if (!LambdaLimits.isValidMemory(function.memoryMb())) {
                problems.add("function " + entry + ": memory " + function.memoryMb()
                        + " MB is outside " + LambdaLimits.MIN_MEMORY_MB + "–" + LambdaLimits.MAX_MEMORY_MB + " MB");
            }
            checkInlineTasksExist(entry, function.inlineSync(), "sync");
            checkInlineTasksExist(entry, function.inlineAsync(), "async");
            checkEntryNotInline(entry, function.inlineSync(), "sync");
            checkEntryNotInline(entry, function.inlineAsync(), "async");
        }

        // A call back to the entry goes to the function itself; inlining it would make two routes for one task.
        private void checkEntryNotInline(String entry, Set<String> inline, String kind) {
            if (inline.contains(entry)) {
                problems.add("function " + entry + " lists its own entry task " + entry + " in its inline " + kind
                        + " set; an entry task cannot be inline in its own function");
            }
        }

        private void checkInlineTasksExist(String entry, Set<String> inline, String kind) {
            inline.stream().filter(task -> !known(task)).forEach(task -> problems.add(
                    "unknown task " + task + " in the inline " + kind + " set of function " + entry));
        }

        /** Follows every call code in the function can make, as the runtime would route it. */
        private void checkRouting(FunctionSpec function) {
            Set<String> running = new LinkedHashSet<>(List.of(function.entry()));
            Deque<String> pending = new ArrayDeque<>(running);
            while (!pending.isEmpty()) {
                TaskDefinition caller = application.tasks().get(pending.poll());
                for (Call call : callsOf(caller)) {
                    if (function.runsInline(call.callee(), call.sync())) {
                        if (running.add(call.callee())) {
                            pending.add(call.callee());
                        }
                    } else if (!functionsByEntry.containsKey(call.callee())) {
                        problems.add(unroutable(function, caller.name(), call));
                    }
                }
            }
        }

        private String unroutable(FunctionSpec function, String caller, Call call) {
            String kind = call.sync() ? "sync" : "async";
            if (caller.equals(function.entry())) {
                return "task " + call.callee() + " is called remotely (" + kind + ", by " + caller
                        + " in function " + function.entry() + ") but has no function";
            }
            return "function " + function.entry() + ": inline set not closed: " + caller
                    + " runs inline and calls " + call.callee() + " " + kind + ", but "
                    + call.callee() + " is neither inline " + kind + " nor hosted by a function";
        }

        private static List<Call> callsOf(TaskDefinition task) {
            List<Call> calls = new ArrayList<>();
            task.calls().syncCallees().forEach(callee -> calls.add(new Call(callee, true)));
            task.calls().asyncCallees().forEach(callee -> calls.add(new Call(callee, false)));
            return calls;
        }

        private boolean known(String task) {
            return application.tasks().containsKey(task);
        }
    }

    /** One declared call of a task. */
    private record Call(String callee, boolean sync) {
    }
}
