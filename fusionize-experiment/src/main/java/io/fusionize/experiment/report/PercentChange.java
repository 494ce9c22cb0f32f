package io.fusionize.experiment.report;

import java.util.OptionalDouble;

/** The relative change of a measure against a baseline, as reports show it. */
public final class PercentChange {

    private PercentChange() {
    }

    /**
     * @param baseline the reference value, e.g. all-remote's median latency
     * @param value the compared value
     * @return {@code (value - baseline) / baseline * 100}; empty when the baseline is zero or either
     *     value is not a number
     */
    public static OptionalDouble between(double baseline, double value) {
        if (baseline == 0 || !Double.isFinite(baseline) || !Double.isFinite(value)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((value - baseline) / baseline * 100);
    }

    /**
     * @param change a change in percent
     * @return it signed with one decimal, e.g. {@code "-27.0 %"} or {@code "+3.5 %"}; {@code "n/a"} when empty
     */
    public static String format(OptionalDouble change) {
        if (change.isEmpty()) {
            return "n/a";
        }
        double rounded = Math.round(change.getAsDouble() * 10) / 10.0;
        return (rounded > 0 ? "+" : "") + String.format(java.util.Locale.ROOT, "%.1f %%", rounded == 0 ? 0.0 : rounded);
    }
}
