package io.fusionize.optimizer;

import java.util.List;

/**
 * Whether a deployed setup must be rolled back, and why.
 *
 * @param bad whether the setup is bad
 * @param reasons what made it bad; empty when it is not
 */
public record Verdict(boolean bad, List<String> reasons) {

    /** Freezes the reasons. */
    public Verdict {
        reasons = List.copyOf(reasons);
    }

    /**
     * @param reasons what is wrong with a setup; none means nothing
     * @return the verdict they support
     */
    public static Verdict of(List<String> reasons) {
        return new Verdict(!reasons.isEmpty(), reasons);
    }

    @Override
    public String toString() {
        return bad ? "bad: " + String.join("; ", reasons) : "fine";
    }
}
