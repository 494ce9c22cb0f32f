package io.fusionize.optimizer.model;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.monitor.DurationSummary;
import io.fusionize.monitor.FunctionStatistics;
import io.fusionize.monitor.SetupStatistics;
import io.fusionize.optimizer.DeployedSetup;
import io.fusionize.optimizer.History;
import java.util.HashMap;
import java.util.Map;

/**
 * What every measured setup teaches beyond the task profiles.
 *
 * <ul>
 *   <li>Misses: how far the composed forecast of each function running several tasks missed its
 *       measured mean, with its remote callees at their measured durations so that only its own
 *       error counts. The newest measurement of a composition wins; the miss is added, in
 *       milliseconds, to later forecasts of the same composition at any memory size.
 *   <li>Spikes: how far the root's mean exceeds its median per remote sync call it waits for (cold
 *       starts and slow hand-offs lift the mean, not the median), fitted by least squares through
 *       zero over the measured setups.
 * </ul>
 *
 * @param misses measured minus forecast mean duration, by composition
 * @param spikeMsPerRemoteSyncCall mean minus median root duration per remote sync call waited for
 */
record Recalibration(Map<String, Double> misses, double spikeMsPerRemoteSyncCall) {

    static Recalibration learn(History history, Map<String, TaskProfile> profiles, String rootTask,
                               ModelOptions options) {
        Map<String, Double> misses = new HashMap<>();
        double gapTimesCalls = 0;
        double callsSquared = 0;
        for (DeployedSetup entry : history.entries()) {
            Map<String, Double> measured = measuredMeans(entry);
            DurationSummary root = entry.statistics().rootDuration();
            if (measured.isEmpty()) {
                continue;
            }
            Map<String, Double> found = new HashMap<>();
            try {
                CompiledSetup compiled = CompiledSetup.compile(entry.setup(), profiles, rootTask, Map.of());
                compiled.learnMisses(byIndex(compiled, measured), options, found);
                double calls = compiled.function(compiled.rootIndex()).remoteSyncCalls();
                misses.putAll(found);
                if (!entry.bad() && !root.isEmpty()) {
                    gapTimesCalls += (root.meanMs() - root.p50Ms()) * calls;
                    callsSquared += calls * calls;
                }
            } catch (IllegalArgumentException unpredictable) {
                // a setup the model cannot walk yet (say, an unmeasured function) teaches nothing
            }
        }
        return new Recalibration(misses, callsSquared == 0 ? 0 : Math.max(0, gapTimesCalls / callsSquared));
    }

    private static double[] byIndex(CompiledSetup compiled, Map<String, Double> byEntry) {
        double[] measured = new double[compiled.size()];
        for (int i = 0; i < measured.length; i++) {
            measured[i] = byEntry.getOrDefault(compiled.function(i).spec().entry(), Double.NaN);
        }
        return measured;
    }

    private static Map<String, Double> measuredMeans(DeployedSetup entry) {
        SetupStatistics stats = entry.statistics();
        Map<String, Double> means = new HashMap<>();
        for (FunctionSpec function : entry.setup().functions()) {
            stats.function(function.entry(), function.memoryMb())
                    .filter(f -> f.invocations() > 0 && !f.duration().isEmpty() && !f.hadResourceFailures())
                    .map(FunctionStatistics::duration)
                    .ifPresent(d -> means.put(function.entry(), d.meanMs()));
        }
        return means;
    }
}
