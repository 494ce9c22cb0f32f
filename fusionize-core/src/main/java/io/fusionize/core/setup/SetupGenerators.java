package io.fusionize.core.setup;

import io.fusionize.api.Application;
import io.fusionize.api.TaskDefinition;
import io.fusionize.protocol.lambda.LambdaLimits;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds setups of an application, all as version 1: the two baselines, and valid setups drawn at
 * random.
 *
 * <ul>
 *   <li>all-remote: every task is its own function and every call goes remote;
 *   <li>all-local: one function per entry task, running everything it reaches in-process;
 *   <li>random: inlining decided by coin flips, memory sizes drawn, reproducible from a seed.
 * </ul>
 */
public final class SetupGenerators {

    /** The memory size, in MB, given to every function unless another is asked for. */
    public static final int DEFAULT_MEMORY_MB = 1024;
    /** The memory sizes, in MB, that {@link #random(Application, long)} draws from. */
    public static final List<Integer> RANDOM_MEMORY_SIZES_MB = List.of(128, 256, 512, 1024, 1536, 2048, 3008);

    private SetupGenerators() {
    }

    /**
     * @param application the application
     * @return every task its own function of {@value #DEFAULT_MEMORY_MB} MB, nothing inline
     */
    public static Setup allRemote(Application application) {
        return allRemote(application, DEFAULT_MEMORY_MB);
    }

    /**
     * @param application the application
     * @param memoryMb the memory size of every function
     * @return every task its own function, nothing inline
     */
    public static Setup allRemote(Application application, int memoryMb) {
        Objects.requireNonNull(application, "application must not be null");
        requireMemory(memoryMb);
        List<FunctionSpec> functions = application.tasks().keySet().stream()
                .map(task -> new FunctionSpec(task, memoryMb, Set.of(), Set.of()))
                .collect(Collectors.toList());
        return new Setup(application.name(), 1, functions);
    }

    /**
     * @param application the application
     * @return one function of {@value #DEFAULT_MEMORY_MB} MB per entry task, everything it
     *     reaches inline
     */
    public static Setup allLocal(Application application) {
        return allLocal(application, DEFAULT_MEMORY_MB);
    }

    /**
     * @param application the application
     * @param memoryMb the memory size of every function
     * @return one function per entry task; every task it reaches runs inline, for sync and async
     *     calls alike, except calls back to its entry task, which go to the function itself
     */
    public static Setup allLocal(Application application, int memoryMb) {
        Objects.requireNonNull(application, "application must not be null");
        requireMemory(memoryMb);
        List<FunctionSpec> functions = application.entryTasks().stream()
                .map(entry -> everythingInline(application, entry, memoryMb))
                .collect(Collectors.toList());
        return new Setup(application.name(), 1, functions);
    }

    /**
     * Draws a valid setup: each function inlines each task its code can call, per kind of call, by
     * a coin flip, callees that are not inlined get functions of their own, and every function
     * gets a memory size from {@link #RANDOM_MEMORY_SIZES_MB}.
     *
     * @param application the application
     * @param seed the seed of the draws; one seed always gives one setup
     * @return a valid setup, with its functions in the application's task order
     */
    public static Setup random(Application application, long seed) {
        Objects.requireNonNull(application, "application must not be null");
        return RandomSetups.draw(application, seed);
    }

    private static FunctionSpec everythingInline(Application application, String entry, int memoryMb) {
        Set<String> inlineSync = new LinkedHashSet<>();
        Set<String> inlineAsync = new LinkedHashSet<>();
        Set<String> reached = new LinkedHashSet<>(List.of(entry));
        Deque<String> pending = new ArrayDeque<>(reached);
        while (!pending.isEmpty()) {
            TaskDefinition caller = application.tasks().get(pending.poll());
            inlineSync.addAll(caller.calls().syncCallees());
            inlineAsync.addAll(caller.calls().asyncCallees());
            caller.calls().syncCallees().stream().filter(reached::add).forEach(pending::add);
            caller.calls().asyncCallees().stream().filter(reached::add).forEach(pending::add);
        }
        // A call back to the entry goes to this very function, which hosts it.
        inlineSync.remove(entry);
        inlineAsync.remove(entry);
        return new FunctionSpec(entry, memoryMb, inlineSync, inlineAsync);
    }

    private static void requireMemory(int memoryMb) {
        if (!LambdaLimits.isValidMemory(memoryMb)) {
            throw new IllegalArgumentException("memory " + memoryMb + " MB is outside "
                    + LambdaLimits.MIN_MEMORY_MB + "–" + LambdaLimits.MAX_MEMORY_MB + " MB");
        }
    }
}
