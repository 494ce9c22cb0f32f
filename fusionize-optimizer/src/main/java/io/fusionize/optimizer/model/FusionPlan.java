package io.fusionize.optimizer.model;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One way to route every call: the functions root requests reach, with their inline sets and the
 * tasks they run, still without memory sizes.
 *
 * @param live the reached functions, root first, with memory sizes still to choose
 * @param tasks the tasks each reached function runs, by entry task
 * @param key a canonical text of the routing, equal for equal plans
 */
record FusionPlan(List<FunctionSpec> live, Map<String, Set<String>> tasks, String key) {

    /**
     * @param reference the setup whose functions, order and memory sizes unreached functions keep
     * @param memoryByEntry the memory size of every reached function
     * @param version the version to give
     * @return the complete setup; unreached functions stay, with nothing inline, so that any call
     *     never seen in measurements still has a function to go to
     */
    Setup toSetup(Setup reference, Map<String, Integer> memoryByEntry, int version) {
        List<FunctionSpec> functions = new ArrayList<>();
        for (FunctionSpec kept : reference.functions()) {
            functions.add(live.stream().filter(f -> f.entry().equals(kept.entry())).findFirst()
                    .map(f -> f.withMemoryMb(memoryByEntry.get(f.entry())))
                    .orElseGet(() -> new FunctionSpec(kept.entry(), kept.memoryMb(), Set.of(), Set.of())));
        }
        return new Setup(reference.application(), version, functions);
    }
}
