package io.fusionize.optimizer.model;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.monitor.DurationSummary;
import io.fusionize.monitor.EntryStatistics;
import io.fusionize.monitor.FunctionStatistics;
import io.fusionize.monitor.SetupStatistics;
import io.fusionize.optimizer.DeployedSetup;
import io.fusionize.optimizer.History;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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
 *       zero over the measured setups; with several entry tasks, each entry's root is one point,
 *       weighted by the entry's share.
 * </ul>
 *
 * @param misses measured minus forecast mean duration, by composition
 * @param spikeMsPerRemoteSyncCall mean minus median root duration per remote sync call waited for
 */
record Recalibration(Map<Composition, Double> misses, double spikeMsPerRemoteSyncCall) {

    static Recalibration learn(History history, Map<String, TaskProfile> profiles, EntryMix mix,
                               ModelOptions options) {
        Map<Composition, Double> misses = new HashMap<>();
        SpikeFit spikes = new SpikeFit();
        for (DeployedSetup entry : history.entries()) {
            Map<String, Double> measured = measuredMeans(entry);
            if (measured.isEmpty()) {
                continue;
            }
            Map<Composition, Double> found = new HashMap<>();
            try {
                CompiledSetup compiled = CompiledSetup.compile(entry.setup(), profiles, mix, Map.of());
                compiled.learnMisses(byIndex(compiled, measured), options, found);
                misses.putAll(found);
                if (!entry.bad()) {
                    spikes.add(compiled, entry.statistics(), mix);
                }
            } catch (IllegalArgumentException unpredictable) {
                // a setup the model cannot walk yet (say, an unmeasured function) teaches nothing
            }
        }
        return new Recalibration(misses, spikes.slope());
    }

    /** Least squares through zero of each root's mean-to-median gap over its remote sync calls, weighted by share. */
    private static final class SpikeFit {
        private double gapTimesCalls;
        private double callsSquared;

        void add(CompiledSetup compiled, SetupStatistics stats, EntryMix mix) {
            for (int k = 0; k < compiled.roots(); k++) {
                double calls = compiled.function(compiled.rootIndex(k)).remoteSyncCalls();
                double share = compiled.rootShare(k);
                rootDuration(stats, compiled.rootEntry(k), mix).ifPresent(root -> {
                    gapTimesCalls += share * (root.meanMs() - root.p50Ms()) * calls;
                    callsSquared += share * calls * calls;
                });
            }
        }

        double slope() {
            return callsSquared == 0 ? 0 : Math.max(0, gapTimesCalls / callsSquared);
        }

        // A single entry's root is the setup's; with several, each entry's root is measured apart.
        private static Optional<DurationSummary> rootDuration(SetupStatistics stats, String entry, EntryMix mix) {
            Optional<DurationSummary> root = mix.several()
                    ? stats.entry(entry).map(EntryStatistics::rootDuration) : Optional.of(stats.rootDuration());
            return root.filter(d -> !d.isEmpty());
        }
    }

    private static double[] byIndex(CompiledSetup compiled, Map<String, Double> byEntry) {
        double[] measured = new double[compiled.size()];
        for (int i = 0; i < measured.length; i++) {
            measured[i] = byEntry.getOrDefault(compiled.function(i).spec().entry(), Double.NaN);
        }
        return measured;
    }

    private static Map<String, Double> measuredMeans(DeployedSetup entry) {
        MeasuredFunctions measured = MeasuredFunctions.of(entry.setup(), entry.statistics());
        Map<String, Double> means = new HashMap<>();
        for (FunctionSpec function : entry.setup().functions()) {
            measured.statistics(function)
                    .filter(f -> f.invocations() > 0 && !f.duration().isEmpty() && !f.hadResourceFailures())
                    .map(FunctionStatistics::duration)
                    .ifPresent(d -> means.put(function.entry(), d.meanMs()));
        }
        return means;
    }
}
