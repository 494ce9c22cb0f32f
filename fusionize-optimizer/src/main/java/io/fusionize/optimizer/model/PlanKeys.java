package io.fusionize.optimizer.model;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.optimizer.DeployedSetup;
import io.fusionize.optimizer.History;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Recognizes setups by plan, whatever their version and function order, fast enough to test every
 * candidate of a search.
 */
final class PlanKeys {

    private PlanKeys() {
    }

    static String of(Setup setup) {
        List<FunctionSpec> functions = new ArrayList<>(setup.functions());
        functions.sort(Comparator.comparing(FunctionSpec::entry));
        StringBuilder key = new StringBuilder(setup.application()).append(':');
        for (FunctionSpec f : functions) {
            key.append(f.entry()).append(sorted(f.inlineSync())).append('&').append(sorted(f.inlineAsync()))
                    .append('@').append(f.memoryMb()).append(';');
        }
        return key.toString();
    }

    private static Set<String> sorted(Set<String> tasks) {
        return tasks.size() < 2 ? tasks : new TreeSet<>(tasks);
    }

    /**
     * @param history deployed setups
     * @return a test that holds for every setup deployed before, fine or bad
     */
    static Predicate<Setup> deployedIn(History history) {
        Set<String> deployed = history.entries().stream().map(DeployedSetup::setup).map(PlanKeys::of)
                .collect(Collectors.toSet());
        return setup -> deployed.contains(of(setup));
    }
}
