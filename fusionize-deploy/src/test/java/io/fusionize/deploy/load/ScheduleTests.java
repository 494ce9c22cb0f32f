package io.fusionize.deploy.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ScheduleTests {

    private final Schedule schedule = new Schedule("four", new long[] {0, 1_000_000_000, 2_000_000_000, 3_000_000_000L});

    @Test
    void cutsToACountAndADuration() {
        assertThat(schedule.limitedTo(2, Duration.ofHours(1)).offsetsNanos()).containsExactly(0, 1_000_000_000);
        assertThat(schedule.limitedTo(10, Duration.ofMillis(2500)).size()).isEqualTo(3);
        assertThat(schedule.limitedTo(10, Duration.ofMillis(2500)).description()).isEqualTo("four (cut to 3 of 4 requests)");
        assertThat(schedule.limitedTo(10, Duration.ofHours(1))).isSameAs(schedule);
    }

    @Test
    void countsSendsInAHalfOpenWindow() {
        assertThat(schedule.countBetween(Duration.ofSeconds(1), Duration.ofSeconds(3))).isEqualTo(2);
        assertThat(schedule.span()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void rejectsOffsetsThatGoBackInTime() {
        assertThatThrownBy(() -> new Schedule("bad", new long[] {0, 5, 3}))
                .hasMessageContaining("offset 2 (3 ns) must be non-negative and not earlier than the one before");
    }
}
