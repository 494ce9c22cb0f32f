package io.fusionize.experiment.explore;

import java.util.Locale;
import java.util.Objects;

/**
 * Which routings an exploration measures, besides all-remote and all-local, which it always
 * measures: {@code all} (every routing in which async calls stay remote), {@code sample:N} (N more
 * routings drawn from the rest of the space), or both, {@code all+sample:N}.
 *
 * @param all whether every routing with async calls remote is measured
 * @param sample how many further routings are drawn
 */
public record RoutingChoice(boolean all, int sample) {

    /** The default: every routing with async calls remote, and 4 more drawn from the rest. */
    public static final RoutingChoice DEFAULT = new RoutingChoice(true, 4);

    private static final String FORMS = "all, sample:N or all+sample:N (N at least 0)";

    /** Checks the sample size. */
    public RoutingChoice {
        if (sample < 0) {
            throw new IllegalArgumentException("the routings to draw must be at least 0, was " + sample);
        }
    }

    /**
     * @param text {@code all}, {@code sample:N} or {@code all+sample:N}
     * @return the choice
     * @throws IllegalArgumentException when the text has another form
     */
    public static RoutingChoice parse(String text) {
        Objects.requireNonNull(text, "text must not be null");
        boolean all = false;
        Integer sample = null;
        for (String part : text.strip().toLowerCase(Locale.ROOT).split("\\+", -1)) {
            if (part.equals("all") && !all) {
                all = true;
            } else if (part.matches("sample:\\d{1,6}") && sample == null) {
                sample = Integer.parseInt(part.substring("sample:".length()));
            } else {
                throw new IllegalArgumentException("routings must be " + FORMS + ", was '" + text + "'");
            }
        }
        return new RoutingChoice(all, sample == null ? 0 : sample);
    }

    /** @return the choice in its text form */
    public String describe() {
        return all ? (sample > 0 ? "all+sample:" + sample : "all") : "sample:" + sample;
    }
}
