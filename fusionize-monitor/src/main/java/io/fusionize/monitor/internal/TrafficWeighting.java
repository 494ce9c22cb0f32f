package io.fusionize.monitor.internal;

import io.fusionize.monitor.DurationSummary;
import io.fusionize.monitor.EntryStatistics;
import java.util.List;
import java.util.function.Function;

/**
 * Combines the duration summaries of several entry tasks into one, each entry weighted by its
 * share of root requests.
 *
 * <p>Mean, median and the upper percentiles are the weighted means of the entries' figures; the
 * count is their sum and the maximum their largest. The median's confidence interval combines the
 * entries' intervals as independent errors: each bound lies the root of the summed squares of the
 * weighted half-widths away from the weighted median.
 */
public final class TrafficWeighting {

    private TrafficWeighting() {
    }

    /**
     * @param entries the entries with their request shares
     * @param view which of an entry's summaries to weigh
     * @return the weighted summary over the entries whose summary is not empty, their shares
     *     scaled to add up to one; empty when every summary is
     */
    public static DurationSummary weigh(List<EntryStatistics> entries,
                                        Function<EntryStatistics, DurationSummary> view) {
        List<EntryStatistics> measured = entries.stream().filter(e -> !view.apply(e).isEmpty()).toList();
        double total = measured.stream().mapToDouble(EntryStatistics::requestShare).sum();
        if (measured.isEmpty() || total <= 0) {
            return DurationSummary.empty();
        }
        Weighted sum = new Weighted();
        measured.forEach(e -> sum.add(view.apply(e), e.requestShare() / total));
        return sum.summary();
    }

    /** Running weighted sums. */
    private static final class Weighted {
        private long count;
        private double mean;
        private double p50;
        private double p95;
        private double p99;
        private double max;
        private double lowSquares;
        private double highSquares;

        void add(DurationSummary s, double w) {
            count += s.count();
            mean += w * s.meanMs();
            p50 += w * s.p50Ms();
            p95 += w * s.p95Ms();
            p99 += w * s.p99Ms();
            max = Math.max(max, s.maxMs());
            lowSquares += square(w * (s.p50Ms() - s.p50LowMs()));
            highSquares += square(w * (s.p50HighMs() - s.p50Ms()));
        }

        DurationSummary summary() {
            return new DurationSummary(count, mean, p50, p95, p99, max, p50 - Math.sqrt(lowSquares),
                    p50 + Math.sqrt(highSquares));
        }

        private static double square(double x) {
            return x * x;
        }
    }
}
