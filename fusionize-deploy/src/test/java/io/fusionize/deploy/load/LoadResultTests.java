package io.fusionize.deploy.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LoadResultTests {

    private static final long MS = 1_000_000;

    private static RequestSample ok(long sequence, long intendedMs, long sentMs, long doneMs) {
        return new RequestSample(sequence, intendedMs * MS, sentMs * MS, doneMs * MS, true, Optional.empty(), Optional.empty());
    }

    private static RequestSample failed(long sequence, String cause) {
        return new RequestSample(sequence, 0, 0, MS, false, Optional.empty(), Optional.of(cause));
    }

    @Test
    void derivesCorrectedAndUncorrectedPercentilesFromTheSamples() {
        LoadResult result = new LoadResult("w", Instant.EPOCH, Duration.ofSeconds(1), 3,
                List.of(ok(2, 0, 900, 1000), ok(0, 0, 0, 100), ok(1, 0, 0, 100)));

        assertThat(result.samples()).extracting(RequestSample::sequence).containsExactly(0L, 1L, 2L);
        assertThat(result.latencyMillis(100)).isCloseTo(1000, within(1.0));
        assertThat(result.serviceTimeMillis(100)).isCloseTo(100, within(0.1));
        assertThat(result.latencyMillis(50)).isCloseTo(100, within(0.1));
    }

    @Test
    void countsFailuresByCauseMostFrequentFirst() {
        LoadResult result = new LoadResult("w", Instant.EPOCH, Duration.ofSeconds(1), 5,
                List.of(failed(0, "HTTP 429"), failed(1, "HTTP 502"), failed(2, "HTTP 502"), ok(3, 0, 0, 1)));

        assertThat(result.failed()).isEqualTo(3);
        assertThat(result.succeeded()).isEqualTo(1);
        assertThat(result.failureCauses()).containsExactly(Map.entry("HTTP 502", 2L), Map.entry("HTTP 429", 1L));
    }

    @Test
    void hasNoPercentilesWhenNothingSucceeded() {
        LoadResult result = new LoadResult("w", Instant.EPOCH, Duration.ZERO, 1, List.of(failed(0, "x")));

        assertThat(result.latencyMillis(50)).isNaN();
    }

    @Test
    void rejectsSamplesWhoseTimesAreOutOfOrder() {
        assertThatThrownBy(() -> ok(0, 5, 4, 6)).hasMessageContaining("intended <= sent <= completed");
    }
}
