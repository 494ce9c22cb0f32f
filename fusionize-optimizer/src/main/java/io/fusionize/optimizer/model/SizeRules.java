package io.fusionize.optimizer.model;

import java.util.List;
import java.util.Set;

/** Which memory sizes a function running a given set of tasks may get. */
@FunctionalInterface
interface SizeRules {

    /**
     * @param tasks the tasks the function runs
     * @return the sizes it may get, ascending; empty when none is allowed
     */
    List<Integer> allowed(Set<String> tasks);
}
