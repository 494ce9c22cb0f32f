package io.fusionize.dashboard;

import java.util.List;

/**
 * What the platform did lately, as the page's live panel shows it.
 *
 * @param windowSeconds the window the rates are taken over
 * @param requestsPerSecond root requests per second
 * @param errorRatio the share of invocations that failed
 * @param coldStarts cold starts in the window
 * @param coldStartsTotal cold starts since the dashboard started
 * @param invocationsTotal invocations since the dashboard started
 * @param oversubscribedRatio the share of invocations that ran while the busy instances' CPU quotas
 *     exceeded the machine's cores
 * @param functions per function, its instances
 * @param requestsHistory root requests per second over the last two minutes: pairs of seconds
 *     before now (negative) and count
 */
public record LiveFigures(long windowSeconds, double requestsPerSecond, double errorRatio, long coldStarts,
        long coldStartsTotal, long invocationsTotal, double oversubscribedRatio, List<FunctionLoad> functions,
        List<double[]> requestsHistory) {

    /** Freezes the lists. */
    public LiveFigures {
        functions = List.copyOf(functions);
        requestsHistory = List.copyOf(requestsHistory);
    }

    /** @return figures of a platform that did nothing yet */
    public static LiveFigures none() {
        return new LiveFigures(LiveWindow.WINDOW_MS / 1000, 0, 0, 0, 0, 0, 0, List.of(), List.of());
    }

    /**
     * One function's instances.
     *
     * @param function the platform function
     * @param live live instance processes, or {@code null} when the platform runs elsewhere
     * @param busy instances busy on average over the window
     */
    public record FunctionLoad(String function, Long live, double busy) {
    }
}
