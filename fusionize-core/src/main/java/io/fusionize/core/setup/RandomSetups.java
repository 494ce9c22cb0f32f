package io.fusionize.core.setup;

import io.fusionize.api.Application;
import io.fusionize.api.TaskDefinition;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Draws a valid setup at random: every function decides, for each task its code can call and
 * each kind of call, by a coin flip whether the call runs inline, and draws its memory size.
 *
 * <p>A callee that is not inlined gets a function of its own, drawn the same way, so every call
 * stays routable. The draws follow a fixed order, so that one seed always gives one setup.
 */
final class RandomSetups {

    private final Application application;
    private final Random random;
    private final Map<String, FunctionSpec> functions = new LinkedHashMap<>();
    private final Set<String> hosted = new LinkedHashSet<>();
    private final Deque<String> unhosted = new ArrayDeque<>();

    private RandomSetups(Application application, long seed) {
        this.application = application;
        // java.util.Random's sequence is specified, so a seed means the same setup on every JDK
        this.random = new Random(seed);
    }

    /**
     * @param application the application
     * @param seed the seed of the draws
     * @return a valid setup, version 1, with its functions in the application's task order
     */
    static Setup draw(Application application, long seed) {
        return new RandomSetups(application, seed).draw();
    }

    private Setup draw() {
        application.entryTasks().forEach(this::host);
        while (!unhosted.isEmpty()) {
            String entry = unhosted.poll();
            functions.put(entry, function(entry));
        }
        List<FunctionSpec> ordered = application.tasks().keySet().stream()
                .filter(functions::containsKey).map(functions::get).toList();
        return new Setup(application.name(), 1, ordered);
    }

    private void host(String task) {
        if (hosted.add(task)) {
            unhosted.add(task);
        }
    }

    private FunctionSpec function(String entry) {
        Routing routing = new Routing(entry, random, this::host);
        Set<String> running = new LinkedHashSet<>(List.of(entry));
        Deque<String> pending = new ArrayDeque<>(running);
        while (!pending.isEmpty()) {
            TaskDefinition caller = application.tasks().get(pending.poll());
            Consumer<String> follow = callee -> {
                if (running.add(callee)) {
                    pending.add(callee);
                }
            };
            caller.calls().syncCallees().forEach(callee -> routing.route(callee, true, follow));
            caller.calls().asyncCallees().forEach(callee -> routing.route(callee, false, follow));
        }
        int memoryMb = SetupGenerators.RANDOM_MEMORY_SIZES_MB.get(
                random.nextInt(SetupGenerators.RANDOM_MEMORY_SIZES_MB.size()));
        return new FunctionSpec(entry, memoryMb, routing.inlineSync, routing.inlineAsync);
    }

    /** The inline sets of one function, decided once per callee and kind of call. */
    private static final class Routing {

        private final String entry;
        private final Random random;
        private final Consumer<String> needsFunction;
        private final Set<String> decidedSync = new LinkedHashSet<>();
        private final Set<String> decidedAsync = new LinkedHashSet<>();
        private final Set<String> inlineSync = new LinkedHashSet<>();
        private final Set<String> inlineAsync = new LinkedHashSet<>();

        Routing(String entry, Random random, Consumer<String> needsFunction) {
            this.entry = entry;
            this.random = random;
            this.needsFunction = needsFunction;
        }

        void route(String callee, boolean sync, Consumer<String> runsInline) {
            // an inline set names a callee for every caller in the function, so one draw decides it
            if (!(sync ? decidedSync : decidedAsync).add(callee)) {
                return;
            }
            // a call back to the entry goes to the function itself, never inline
            if (!callee.equals(entry) && random.nextBoolean()) {
                (sync ? inlineSync : inlineAsync).add(callee);
                runsInline.accept(callee);
            } else {
                needsFunction.accept(callee);
            }
        }
    }
}
