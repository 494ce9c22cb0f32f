package io.fusionize.platform.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimitedWarningTests {

    private static final Duration INTERVAL = Duration.ofSeconds(30);

    private final AtomicLong nanos = new AtomicLong(-5_000);
    private final List<String> lines = new ArrayList<>();
    private final RateLimitedWarning warning = new RateLimitedWarning(INTERVAL, nanos::get, lines::add);

    private void occur(long occurrences) {
        warning.occurred(occurrences, count -> count + " since the previous line");
    }

    private void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }

    @Test
    void firstOccurrenceIsWrittenAtOnce() {
        occur(1);

        assertThat(lines).containsExactly("1 since the previous line");
    }

    @Test
    void occurrencesWithinTheIntervalAreFoldedIntoTheNextLine() {
        occur(1);
        advance(Duration.ofSeconds(10));
        occur(2);
        advance(Duration.ofSeconds(19));
        occur(3);
        assertThat(lines).containsExactly("1 since the previous line");

        advance(Duration.ofSeconds(1));
        occur(4);

        assertThat(lines).containsExactly("1 since the previous line", "9 since the previous line");
    }

    @Test
    void theIntervalCountsFromTheLastLineWritten() {
        occur(1);
        advance(INTERVAL.plusSeconds(5));
        occur(1);
        advance(INTERVAL.minusSeconds(1));
        occur(1);

        assertThat(lines).containsExactly("1 since the previous line", "1 since the previous line");
    }

    @Test
    void noOccurrencesWriteNothingAndCountNothing() {
        occur(0);
        assertThat(lines).isEmpty();

        occur(2);

        assertThat(lines).containsExactly("2 since the previous line");
    }
}
