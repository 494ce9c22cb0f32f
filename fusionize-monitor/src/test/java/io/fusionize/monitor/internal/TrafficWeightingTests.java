package io.fusionize.monitor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fusionize.monitor.DurationSummary;
import io.fusionize.monitor.EntryStatistics;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TrafficWeightingTests {

    private static EntryStatistics entry(String task, double share, DurationSummary root) {
        return new EntryStatistics(task, 10, share, 10, DurationSummary.empty(), root, 1);
    }

    @Test
    void weighsEachFigureByTheEntrysShare() {
        List<EntryStatistics> entries = List.of(
                entry("A", 0.8, new DurationSummary(80, 12, 10, 20, 30, 40, 8, 13)),
                entry("B", 0.2, new DurationSummary(20, 60, 50, 90, 95, 99, 44, 58)));

        DurationSummary weighted = TrafficWeighting.weigh(entries, EntryStatistics::rootDuration);

        assertThat(weighted.count()).isEqualTo(100);
        assertThat(weighted.meanMs()).isCloseTo(0.8 * 12 + 0.2 * 60, within(1e-9));
        assertThat(weighted.p50Ms()).isCloseTo(18, within(1e-9));
        assertThat(weighted.p95Ms()).isCloseTo(34, within(1e-9));
        assertThat(weighted.maxMs()).isEqualTo(99);
        assertThat(weighted.p50LowMs()).isCloseTo(18 - Math.hypot(0.8 * 2, 0.2 * 6), within(1e-9));
        assertThat(weighted.p50HighMs()).isCloseTo(18 + Math.hypot(0.8 * 3, 0.2 * 8), within(1e-9));
    }

    @Test
    void leavesOutEntriesWithoutObservationsAndScalesTheOthersShares() {
        List<EntryStatistics> entries = List.of(
                entry("A", 0.5, new DurationSummary(5, 10, 10, 10, 10, 10)),
                entry("B", 0.25, new DurationSummary(5, 30, 30, 30, 30, 30)),
                entry("C", 0.25, DurationSummary.empty()));

        DurationSummary weighted = TrafficWeighting.weigh(entries, EntryStatistics::rootDuration);

        assertThat(weighted.p50Ms()).isCloseTo(10 * 2 / 3.0 + 30 / 3.0, within(1e-9));
    }

    @Test
    void weighsNothingToAnEmptySummary() {
        List<EntryStatistics> entries = List.of(entry("A", 1, DurationSummary.empty()));

        assertThat(TrafficWeighting.weigh(entries, EntryStatistics::rootDuration).isEmpty()).isTrue();
    }
}
