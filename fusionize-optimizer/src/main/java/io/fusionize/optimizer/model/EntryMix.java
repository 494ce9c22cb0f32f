package io.fusionize.optimizer.model;

import io.fusionize.monitor.DurationSummary;
import io.fusionize.monitor.EntryStatistics;
import io.fusionize.monitor.SetupStatistics;
import io.fusionize.optimizer.DeployedSetup;
import io.fusionize.optimizer.History;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * The entry tasks root requests start with, each with its share of the requests. The model
 * forecasts one root request per entry and weighs their figures by these shares; a single entry
 * has share 1, and its figures are the forecast unchanged.
 *
 * <p>Measured setups are weighed by the same shares (see {@link #p50Ms} and {@link #costUsd}), so
 * that every setup is judged under one mix and a round that happened to receive more of a costly
 * entry's requests does not look like a costlier setup.
 *
 * @param shares share of root requests by entry task, busiest first; they add up to 1
 */
record EntryMix(Map<String, Double> shares) {

    EntryMix {
        shares = Collections.unmodifiableMap(new LinkedHashMap<>(shares));
        if (shares.isEmpty()) {
            throw new IllegalArgumentException("a mix needs at least one entry task");
        }
    }

    /**
     * @param entryTask the only entry task
     * @return the mix of that entry alone
     */
    static EntryMix single(String entryTask) {
        return new EntryMix(Map.of(entryTask, 1.0));
    }

    /**
     * @param history deployed setups with their statistics
     * @return the entries' shares of every root request measured in the history, if its statistics
     *     split root requests by entry
     */
    static Optional<EntryMix> measured(History history) {
        Map<String, Long> requests = new TreeMap<>();
        for (DeployedSetup entry : history.entries()) {
            entry.statistics().entries().forEach(e -> requests.merge(e.entryTask(), e.rootRequests(), Long::sum));
        }
        long total = requests.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return Optional.empty();
        }
        return Optional.of(of(requests, total));
    }

    /**
     * @param prediction a forecast
     * @return the mix it was made for, if it names its entries
     */
    static Optional<EntryMix> of(Prediction prediction) {
        Map<String, Double> shares = new LinkedHashMap<>();
        prediction.entries().forEach(e -> shares.put(e.entryTask(), e.requestShare()));
        return shares.isEmpty() ? Optional.empty() : Optional.of(new EntryMix(shares));
    }

    private static EntryMix of(Map<String, Long> requests, long total) {
        List<Map.Entry<String, Long>> busiestFirst = new ArrayList<>(requests.entrySet());
        busiestFirst.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        Map<String, Double> shares = new LinkedHashMap<>();
        busiestFirst.forEach(e -> shares.put(e.getKey(), (double) e.getValue() / total));
        return new EntryMix(shares);
    }

    /** @return the entry tasks, busiest first */
    List<String> entryTasks() {
        return List.copyOf(shares.keySet());
    }

    /** @return whether root requests start with more than one entry task */
    boolean several() {
        return shares.size() > 1;
    }

    /**
     * @param measured a setup's statistics
     * @return its root functions' median duration: with several entries, the mean of the entries'
     *     medians weighted by this mix
     */
    double p50Ms(SetupStatistics measured) {
        return weigh(measured, e -> e.rootDuration().p50Ms(), s -> s.rootDuration().p50Ms());
    }

    /**
     * @param measured a setup's statistics
     * @return its cost per 1,000 root requests: with several entries, the entries' costs weighted
     *     by this mix
     */
    double costUsd(SetupStatistics measured) {
        return weigh(measured, EntryStatistics::costPer1000RootRequestsUsd,
                SetupStatistics::costPer1000RootRequestsUsd);
    }

    // Entries the setup saw no root request of are left out, and the others' shares scaled up.
    private double weigh(SetupStatistics measured, ToDoubleFunction<EntryStatistics> perEntry,
                         ToDoubleFunction<SetupStatistics> overall) {
        if (!several() || !measured.hasSeveralEntries()) {
            return overall.applyAsDouble(measured);
        }
        double sum = 0;
        double weight = 0;
        for (Map.Entry<String, Double> share : shares.entrySet()) {
            Optional<EntryStatistics> entry = measured.entry(share.getKey()).filter(EntryMix::measured);
            if (entry.isPresent()) {
                sum += share.getValue() * perEntry.applyAsDouble(entry.get());
                weight += share.getValue();
            }
        }
        return weight == 0 ? overall.applyAsDouble(measured) : sum / weight;
    }

    private static boolean measured(EntryStatistics entry) {
        DurationSummary root = entry.rootDuration();
        return !root.isEmpty() && entry.costedRequests() > 0;
    }
}
