package io.fusionize.optimizer.model;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.monitor.FunctionStatistics;
import io.fusionize.monitor.SetupStatistics;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One deployed setup's functions and their statistics, looked up by entry task in constant time,
 * so that reading a setup of thousands of functions stays linear. Where several match, the first
 * in the setup's or the statistics' order wins, as {@link Setup#function} and
 * {@link SetupStatistics#function(String, int)} have it.
 */
final class MeasuredFunctions {

    private final Map<String, FunctionSpec> specs = new HashMap<>();
    private final Map<String, Map<Integer, FunctionStatistics>> statistics = new HashMap<>();

    private MeasuredFunctions(Setup setup, SetupStatistics stats) {
        setup.functions().forEach(f -> specs.putIfAbsent(f.entry(), f));
        stats.functions().forEach(f -> statistics.computeIfAbsent(f.entryTask(), entry -> new HashMap<>())
                .putIfAbsent(f.memoryMb(), f));
    }

    /**
     * @param setup a deployed setup
     * @param stats what was measured for it
     * @return its functions and statistics, indexed
     */
    static MeasuredFunctions of(Setup setup, SetupStatistics stats) {
        return new MeasuredFunctions(setup, stats);
    }

    /**
     * @param entry a function's entry task
     * @return the setup's function with that entry task, if any
     */
    Optional<FunctionSpec> spec(String entry) {
        return Optional.ofNullable(specs.get(entry));
    }

    /**
     * @param entry a function's entry task
     * @param memoryMb a memory size
     * @return that function's statistics at that size, if it ran with it
     */
    Optional<FunctionStatistics> statistics(String entry, int memoryMb) {
        return Optional.ofNullable(statistics.getOrDefault(entry, Map.of()).get(memoryMb));
    }

    /**
     * @param function one of the setup's functions
     * @return its statistics at its memory size, if it ran with it
     */
    Optional<FunctionStatistics> statistics(FunctionSpec function) {
        return statistics(function.entry(), function.memoryMb());
    }
}
