package io.fusionize.deploy.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.HdrHistogram.Histogram;

/**
 * The outcome of a load run: every request's sample, and histograms and counts derived from them.
 *
 * <p>Histograms hold microseconds and count successful requests only; failures are counted
 * separately, with their causes.
 */
public final class LoadResult {

    private static final int SIGNIFICANT_DIGITS = 3;

    private final String workload;
    private final Instant startedAt;
    private final Duration elapsed;
    private final int scheduled;
    private final List<RequestSample> samples;
    private final Histogram latency;
    private final Histogram serviceTime;

    /**
     * @param workload the description of the profile that ran
     * @param startedAt when the run started
     * @param elapsed how long the run took, drain included
     * @param scheduled how many requests the bounded schedule held
     * @param samples one sample per issued request
     */
    public LoadResult(String workload, Instant startedAt, Duration elapsed, int scheduled, List<RequestSample> samples) {
        this.workload = Objects.requireNonNull(workload, "workload must not be null");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt must not be null");
        this.elapsed = Objects.requireNonNull(elapsed, "elapsed must not be null");
        this.samples = Objects.requireNonNull(samples, "samples must not be null").stream()
                .sorted(Comparator.comparingLong(RequestSample::sequence)).toList();
        if (scheduled < this.samples.size()) {
            throw new IllegalArgumentException("scheduled (" + scheduled + ") must not be below the number of samples ("
                    + this.samples.size() + ")");
        }
        this.scheduled = scheduled;
        this.latency = histogramOf(RequestSample::latencyNanos);
        this.serviceTime = histogramOf(RequestSample::serviceNanos);
    }

    /**
     * Pools the results of several runs of the same load, e.g. the repeated blocks of one setup,
     * as if they were one run: its percentiles are over every request of every run. Requests are
     * numbered on across the runs, in the given order; their times stay relative to their own
     * run's start, which latencies and service times do not depend on.
     *
     * @param results at least one result
     * @return one result holding every request of every run
     */
    public static LoadResult pooled(List<LoadResult> results) {
        if (results.isEmpty()) {
            throw new IllegalArgumentException("pooling needs at least one load result");
        }
        List<RequestSample> samples = new ArrayList<>();
        Duration elapsed = Duration.ZERO;
        int scheduled = 0;
        for (LoadResult result : results) {
            long offset = samples.size();
            result.samples.forEach(sample -> samples.add(renumbered(sample, offset)));
            elapsed = elapsed.plus(result.elapsed);
            scheduled += result.scheduled;
        }
        LoadResult first = results.get(0);
        return new LoadResult(first.workload, first.startedAt, elapsed, scheduled, samples);
    }

    private static RequestSample renumbered(RequestSample sample, long offset) {
        return new RequestSample(offset + sample.sequence(), sample.intendedNanos(), sample.sentNanos(),
                sample.completedNanos(), sample.success(), sample.requestId(), sample.failureCause());
    }

    private Histogram histogramOf(ToLongFunction<RequestSample> nanos) {
        Histogram histogram = new Histogram(SIGNIFICANT_DIGITS);
        samples.stream().filter(RequestSample::success)
                .forEach(sample -> histogram.recordValue(Math.max(1, nanos.applyAsLong(sample) / 1_000)));
        return histogram;
    }

    /** @return the description of the profile that ran */
    public String workload() {
        return workload;
    }

    /** @return when the run started */
    public Instant startedAt() {
        return startedAt;
    }

    /** @return how long the run took, drain included */
    public Duration elapsed() {
        return elapsed;
    }

    /** @return how many requests the bounded schedule held */
    public int scheduled() {
        return scheduled;
    }

    /** @return how many requests went out */
    public int issued() {
        return samples.size();
    }

    /** @return how many requests succeeded */
    public long succeeded() {
        return samples.stream().filter(RequestSample::success).count();
    }

    /** @return how many requests failed, unfinished ones included */
    public long failed() {
        return issued() - succeeded();
    }

    /** @return each failure cause with its count, most frequent first */
    public Map<String, Long> failureCauses() {
        Map<String, Long> counts = samples.stream().filter(sample -> !sample.success())
                .collect(Collectors.groupingBy(sample -> sample.failureCause().orElse("unknown"), Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** @return every issued request, in schedule order */
    public List<RequestSample> samples() {
        return samples;
    }

    /** @return latency from the intended send time, in microseconds, corrected for coordinated omission; a copy */
    public Histogram latency() {
        return latency.copy();
    }

    /** @return service time from the actual send, in microseconds, not corrected; a copy */
    public Histogram serviceTime() {
        return serviceTime.copy();
    }

    /**
     * @param percentile a percentile in [0, 100]
     * @return the corrected latency at that percentile, in milliseconds; NaN when nothing succeeded
     */
    public double latencyMillis(double percentile) {
        return millisAt(latency, percentile);
    }

    /**
     * @param percentile a percentile in [0, 100]
     * @return the uncorrected service time at that percentile, in milliseconds; NaN when nothing succeeded
     */
    public double serviceTimeMillis(double percentile) {
        return millisAt(serviceTime, percentile);
    }

    private static double millisAt(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1_000.0;
    }
}
