package io.fusionize.monitor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.monitor.DurationSummary;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SummariesTests {

    @Test
    void summarizesNothingAsEmpty() {
        assertThat(Summaries.of(new double[0]).isEmpty()).isTrue();
    }

    @Test
    void takesTheOnlyValueForEveryPercentile() {
        DurationSummary one = Summaries.of(new double[] {7});

        assertThat(one).isEqualTo(new DurationSummary(1, 7, 7, 7, 7, 7));
    }

    @Test
    void picksObservedValuesByNearestRank() {
        double[] values = {5, 1, 4, 2, 3};

        DurationSummary summary = Summaries.of(values);

        assertThat(summary.p50Ms()).isEqualTo(3);
        assertThat(summary.p95Ms()).isEqualTo(5);
        assertThat(values).as("input left unsorted").containsExactly(5, 1, 4, 2, 3);
    }

    @Test
    void boundsTheMedianByTheOrderStatisticsOfA95PercentInterval() {
        double[] hundred = new double[100];
        for (int i = 0; i < hundred.length; i++) {
            hundred[i] = 100 - i;
        }

        DurationSummary summary = Summaries.of(hundred);

        // the textbook ranks for n = 100 are the 40th and the 61st value
        assertThat(summary.p50LowMs()).isEqualTo(40);
        assertThat(summary.p50HighMs()).isEqualTo(61);
        assertThat(summary.p50Ms()).isEqualTo(50);
    }

    @Test
    void widensTheMedianIntervalToTheExtremesForTinySamples() {
        DurationSummary summary = Summaries.of(new double[] {9, 2, 5});

        assertThat(summary.p50LowMs()).isEqualTo(2);
        assertThat(summary.p50HighMs()).isEqualTo(9);
    }

    @Test
    void readsSetupVersionsFromVersionTextAndAliases() {
        assertThat(SetupVersions.parse("3")).isEqualTo(3);
        assertThat(SetupVersions.parse("v12")).isEqualTo(12);
        assertThat(SetupVersions.parse("$LATEST")).isNull();
        assertThat(SetupVersions.parse(null)).isNull();
    }
}
