package io.fusionize.testkit;

import java.util.List;

/** Checks that runs of one request under several setups ended the same way. */
final class SameResults {

    private SameResults() {
    }

    /**
     * @param runs runs of one request
     * @throws IllegalArgumentException when there are none
     * @throws AssertionError naming the first setup whose outcome differs from the first run's,
     *     with both outcomes and every setup's
     */
    static void check(List<KitRun> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no setups to compare: the kit's matrix is empty");
        }
        KitRun first = runs.get(0);
        for (KitRun run : runs) {
            if (!run.sameOutcomeAs(first)) {
                throw new AssertionError(message(first, run, runs));
            }
        }
    }

    private static String message(KitRun first, KitRun differing, List<KitRun> runs) {
        StringBuilder message = new StringBuilder("request ").append(first.entry()).append(' ')
                .append(first.payload()).append(" of application ").append(first.setup().setup().application())
                .append(" gave different outcomes under two setups:\n");
        describe(message, first);
        describe(message, differing);
        message.append("outcome under every setup:\n");
        runs.forEach(run -> message.append("  ").append(run.setup().label()).append(": ").append(run.outcome())
                .append('\n'));
        return message.toString();
    }

    private static void describe(StringBuilder message, KitRun run) {
        message.append("  under ").append(run.setup()).append(":\n    ").append(run.outcome()).append('\n');
    }
}
