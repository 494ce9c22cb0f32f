package io.fusionize.monitor;

import static io.fusionize.monitor.Traces.APP;
import static io.fusionize.monitor.Traces.call;
import static io.fusionize.monitor.Traces.child;
import static io.fusionize.monitor.Traces.report;
import static io.fusionize.monitor.Traces.root;
import static io.fusionize.monitor.Traces.rootOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fusionize.monitor.dto.ClientLatency;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 300, unit = TimeUnit.SECONDS)
class EntryStatisticsTests {

    private static final int BUSY_REQUESTS = 30;
    private static final int QUIET_REQUESTS = 10;

    @TempDir
    Path state;

    private TraceStore store;

    @BeforeEach
    void open() {
        store = TraceStore.open(state);
    }

    @AfterEach
    void close() {
        store.close();
    }

    // Entry I: 30 requests of 10..39 ms, each calling CW sync; entry Q: 10 requests of 100..109 ms, each sending CT async.
    private void twoEntriesWithDifferentTraffic() {
        for (int i = 0; i < BUSY_REQUESTS; i++) {
            store.accept(rootOf("I", "i" + i, "ti" + i, 1, call("I", "CW", true, false)));
            store.accept(report("i" + i, "I", 1, 10 + i, 0.001));
            store.accept(child("cw" + i, "ti" + i, "i" + i, "CW", 1));
            store.accept(report("cw" + i, "CW", 1, 5, 0.002));
            store.accept(new ClientLatency(APP, 1, null, "i" + i, 12 + i, true, i));
        }
        for (int q = 0; q < QUIET_REQUESTS; q++) {
            store.accept(rootOf("Q", "q" + q, "tq" + q, 1, call("Q", "CT", false, false)));
            store.accept(report("q" + q, "Q", 1, 100 + q, 0.004));
            store.accept(child("ct" + q, "tq" + q, "q" + q, "CT", 1));
            store.accept(report("ct" + q, "CT", 1, 50, 0.010));
            store.accept(new ClientLatency(APP, 1, null, "q" + q, 103 + q, true, 100 + q));
        }
    }

    @Test
    void countsEachEntrysRootRequestsAndTheirShare() {
        twoEntriesWithDifferentTraffic();

        SetupStatistics stats = store.statistics(APP, 1);

        assertThat(stats.entries()).extracting(EntryStatistics::entryTask).containsExactly("I", "Q");
        assertThat(stats.entry("I")).get().satisfies(i -> {
            assertThat(i.rootRequests()).isEqualTo(BUSY_REQUESTS);
            assertThat(i.costedRequests()).isEqualTo(BUSY_REQUESTS);
            assertThat(i.requestShare()).isEqualTo(0.75);
        });
        assertThat(stats.entry("Q")).get().extracting(EntryStatistics::requestShare).isEqualTo(0.25);
        assertThat(stats.hasSeveralEntries()).isTrue();
        assertThat(stats.sampleSize()).isEqualTo(BUSY_REQUESTS + QUIET_REQUESTS);
    }

    @Test
    void summarizesEachEntrysRootDurationApart() {
        twoEntriesWithDifferentTraffic();

        SetupStatistics stats = store.statistics(APP, 1);

        DurationSummary busy = stats.entry("I").orElseThrow().rootDuration();
        DurationSummary quiet = stats.entry("Q").orElseThrow().rootDuration();
        assertThat(busy.count()).isEqualTo(BUSY_REQUESTS);
        assertThat(busy.p50Ms()).isEqualTo(24);
        assertThat(busy.p95Ms()).isEqualTo(38);
        assertThat(busy.meanMs()).isEqualTo(24.5);
        assertThat(quiet.p50Ms()).isEqualTo(104);
        assertThat(stats.rootDuration().count()).as("the overall figure still mixes both")
                .isEqualTo(BUSY_REQUESTS + QUIET_REQUESTS);
    }

    @Test
    void attributesEveryInvocationOfATraceToItsEntry() {
        twoEntriesWithDifferentTraffic();

        SetupStatistics stats = store.statistics(APP, 1);

        assertThat(stats.entry("I").orElseThrow().costPer1000RootRequestsUsd()).isCloseTo(3.0, within(1e-9));
        assertThat(stats.entry("Q").orElseThrow().costPer1000RootRequestsUsd())
                .as("the async callee's cost counts towards the entry that sent it").isCloseTo(14.0, within(1e-9));
        assertThat(stats.costPer1000RootRequestsUsd()).as("overall: the entries' costs weighted by traffic")
                .isCloseTo(0.75 * 3.0 + 0.25 * 14.0, within(1e-9));
    }

    @Test
    void matchesClientLatenciesToTheirEntryByRequestOrTraceId() {
        twoEntriesWithDifferentTraffic();
        store.accept(rootOf("Q", "q-by-trace", "t-by-trace", 1));
        store.accept(new ClientLatency(APP, 1, "t-by-trace", null, 500, true, 1_000));
        store.accept(new ClientLatency(APP, 1, null, "never-recorded", 900, false, 1_001));

        SetupStatistics stats = store.statistics(APP, 1);

        assertThat(stats.entry("I").orElseThrow().clientLatency().p50Ms()).isEqualTo(26);
        assertThat(stats.entry("Q").orElseThrow().clientLatency().count()).isEqualTo(QUIET_REQUESTS + 1);
        assertThat(stats.entry("Q").orElseThrow().clientLatency().maxMs()).isEqualTo(500);
        assertThat(stats.clientLatency().count()).as("an unmatched latency still counts overall")
                .isEqualTo(BUSY_REQUESTS + QUIET_REQUESTS + 2);
    }

    @Test
    void ranksByTheTrafficWeightedMeanOfTheEntriesMedians() {
        twoEntriesWithDifferentTraffic();

        SetupStatistics stats = store.statistics(APP, 1);

        assertThat(stats.clientLatency().p50Ms()).as("the mix's median lies inside the busy entry").isEqualTo(31);
        assertThat(stats.medianLatencyMs()).isCloseTo(0.75 * 26 + 0.25 * 107, within(1e-9));
        assertThat(stats.rankedRootDuration().p50Ms()).isCloseTo(0.75 * 24 + 0.25 * 104, within(1e-9));
        assertThat(stats.rankedLatency().count()).isEqualTo(BUSY_REQUESTS + QUIET_REQUESTS);
    }

    @Test
    void ranksBySingleEntryFiguresAsBefore() {
        for (int i = 1; i <= 20; i++) {
            store.accept(root("r" + i, "t" + i, 2));
            store.accept(report("r" + i, "I", 2, i, 0.001));
            store.accept(new ClientLatency(APP, 2, null, "r" + i, 100 + i, true, i));
        }

        SetupStatistics stats = store.statistics(APP, 2);

        assertThat(stats.entries()).singleElement().satisfies(i -> {
            assertThat(i.entryTask()).isEqualTo("I");
            assertThat(i.requestShare()).isEqualTo(1.0);
        });
        assertThat(stats.hasSeveralEntries()).isFalse();
        assertThat(stats.rankedLatency()).isEqualTo(stats.clientLatency());
        assertThat(stats.rankedRootDuration()).isEqualTo(stats.rootDuration());
    }

    @Test
    void fallsBackToRootDurationsWhenAnEntryHasNoClientLatency() {
        twoEntriesWithDifferentTraffic();
        store.accept(rootOf("Z", "z1", "tz1", 1));
        store.accept(report("z1", "Z", 1, 1_000, 0.001));

        SetupStatistics stats = store.statistics(APP, 1);

        assertThat(stats.entries()).extracting(EntryStatistics::entryTask).containsExactly("I", "Q", "Z");
        assertThat(stats.rankedLatency()).isEqualTo(stats.rankedRootDuration());
    }

    @Test
    void reportsNoEntriesForAVersionWithoutRootRecords() {
        store.accept(report("x1", "CW", 1, 128, 10, 0.001, false, "Success", null));

        SetupStatistics stats = store.statistics(APP, 1);

        assertThat(stats.entries()).isEmpty();
        assertThat(stats.sampleSize()).isZero();
        assertThat(stats.costPer1000RootRequestsUsd()).isZero();
    }
}
