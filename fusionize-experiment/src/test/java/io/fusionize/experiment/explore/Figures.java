package io.fusionize.experiment.explore;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/** Hand-made measured setups and oracles for the oracle's tests. */
final class Figures {

    private Figures() {
    }

    /** A setup of 20 answered requests with the given median and cost, its interval 10 % either side. */
    static MeasuredSetup setup(String text, double p50Ms, double costPer1kUsd) {
        return new MeasuredSetup(text, new LatencyFigures(p50Ms, p50Ms * 1.5, p50Ms * 0.9, p50Ms * 1.1), costPer1kUsd,
                0, 20, 2);
    }

    /** The same, with some requests failed. */
    static MeasuredSetup failing(String text, double p50Ms, double costPer1kUsd, long failed) {
        return new MeasuredSetup(text, new LatencyFigures(p50Ms, p50Ms * 1.5, p50Ms * 0.9, p50Ms * 1.1), costPer1kUsd,
                failed, 20, 2);
    }

    /**
     * Five setups: all-remote (#0), a fast and dear one (#1), a balanced one (#2), one that #2 beats on
     * both (#3), and the cheapest and slowest (#4).
     */
    static Oracle fiveSetups() {
        return Oracle.of(64, List.of(setup("A@1024, B@1024", 100, 0.010), setup("A+B@2048", 40, 0.012),
                setup("A+B@1024", 50, 0.006), setup("A@512, B@512", 60, 0.007), setup("A+B@128", 300, 0.004)),
                OptionalInt.of(0));
    }

    /** A finished exploration of {@link #fiveSetups()}. */
    static Exploration exploration(Oracle oracle) {
        return new Exploration("tree", "constant 2 req/s for 4 s", "no emulated network overhead; requests: seed 42",
                new SpaceSize(64, 8, 1, true), "all+sample:4", 2, 13, oracle, Duration.ofSeconds(754), false);
    }
}
