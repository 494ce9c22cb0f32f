package io.fusionize.reliability.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The soak's leak check. After a warm-up, the highest value of each series in the run's last
 * window must stay at most {@value #FACTOR} times its highest value in the window right after the
 * warm-up, plus the series' absolute slack. Windows, not single samples, because the setups being
 * cycled run different numbers of instance processes: each window spans every setup of the cycle.
 * For the full run the warm-up and both windows are 5 minutes; shorter runs scale them to a third
 * of the run.
 */
final class GrowthBound {

    /** The relative growth tolerated. */
    static final double FACTOR = 1.5;
    /** The warm-up and window length of a full run, in minutes. */
    static final double FULL_WINDOW_MINUTES = 5;

    private GrowthBound() {
    }

    /**
     * @param samples the samples in time order
     * @param durationMinutes the run's planned length
     * @return one line per series that grew past its bound; empty when none did
     */
    static List<String> violations(List<SoakSample> samples, double durationMinutes) {
        double window = Math.min(FULL_WINDOW_MINUTES, durationMinutes / 3);
        double last = samples.get(samples.size() - 1).minute();
        List<String> violations = new ArrayList<>();
        for (SoakSample.Series series : SoakSample.bounded()) {
            double reference = max(samples, series, window, 2 * window);
            double tail = max(samples, series, last - window, last);
            double bound = FACTOR * reference + series.slack();
            if (tail > bound) {
                violations.add(String.format(Locale.ROOT, "%s grew to %.1f in the last %.1f minutes, past %.1f "
                        + "(%.1f × %.1f after warm-up + %.0f)", series.name(), tail, window, bound, FACTOR, reference,
                        series.slack()));
            }
        }
        return violations;
    }

    /** @return the bound in words, for the report */
    static String describe() {
        return String.format(Locale.ROOT, "max of the last %.0f min <= %.1f × max of minutes %.0f–%.0f + slack "
                + "(RSS 64 MB, open files 32, threads 16, instance processes 10)", FULL_WINDOW_MINUTES, FACTOR,
                FULL_WINDOW_MINUTES, 2 * FULL_WINDOW_MINUTES);
    }

    private static double max(List<SoakSample> samples, SoakSample.Series series, double from, double to) {
        return samples.stream().filter(s -> s.minute() >= from - 1e-9 && s.minute() <= to + 1e-9)
                .mapToDouble(series.value()).max()
                .orElseThrow(() -> new IllegalStateException("no sample between minute " + from + " and " + to));
    }
}
