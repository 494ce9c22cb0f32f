package io.fusionize.platform.internal.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RateLimitedWarningTests {

    private static final Duration INTERVAL = Duration.ofSeconds(30);
    /** A negative start, as {@link System#nanoTime()} may have. */
    private static final long START_NANOS = -5_000;

    private record Occurrence(long second, long count) {
    }

    private static Occurrence at(long second, long count) {
        return new Occurrence(second, count);
    }

    /** @return the lines written for these occurrences, each at its second after the start */
    private static List<String> linesFor(Occurrence... occurrences) {
        AtomicLong nanos = new AtomicLong();
        List<String> lines = new ArrayList<>();
        RateLimitedWarning warning = new RateLimitedWarning(INTERVAL, nanos::get, lines::add);
        for (Occurrence occurrence : occurrences) {
            nanos.set(START_NANOS + Duration.ofSeconds(occurrence.second()).toNanos());
            warning.occurred(occurrence.count(), count -> "occurrences: " + count);
        }
        return lines;
    }

    @Test
    void firstOccurrenceIsWrittenAtOnce() {
        assertThat(linesFor(at(0, 1))).containsExactly("occurrences: 1");
    }

    @Test
    void occurrencesWithinTheIntervalAreFoldedIntoTheNextLine() {
        assertThat(linesFor(at(0, 1), at(10, 2), at(29, 3), at(30, 4)))
                .containsExactly("occurrences: 1", "occurrences: 9");
    }

    @Test
    void theIntervalCountsFromTheLastLineWritten() {
        assertThat(linesFor(at(0, 1), at(35, 1), at(64, 1), at(65, 1)))
                .containsExactly("occurrences: 1", "occurrences: 1", "occurrences: 2");
    }

    @Test
    void noOccurrencesWriteNothingAndCountNothing() {
        assertThat(linesFor(at(0, 0))).isEmpty();
        assertThat(linesFor(at(0, 0), at(1, 2))).containsExactly("occurrences: 2");
    }
}
