package io.fusionize.core.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class BackoffTests {

    @Test
    void delaysGrowByTheFactorUpToTheCap() {
        Backoff backoff = new Backoff(Duration.ofMillis(20), 2, Duration.ofMillis(100), 0);
        assertThat(backoff.delayBefore(1)).isEqualTo(Duration.ofMillis(20));
        assertThat(backoff.delayBefore(2)).isEqualTo(Duration.ofMillis(40));
        assertThat(backoff.delayBefore(3)).isEqualTo(Duration.ofMillis(80));
        assertThat(backoff.delayBefore(4)).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.delayBefore(40)).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void jitterTakesItsShareOffTheDelay() {
        Backoff backoff = Backoff.doubling(Duration.ofMillis(100));
        assertThat(backoff.delayBefore(1, () -> 0.0)).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.delayBefore(1, () -> 0.999_999)).isBetween(Duration.ofMillis(50), Duration.ofMillis(51));
        assertThat(backoff.delayBefore(2, () -> 0.5)).isEqualTo(Duration.ofMillis(150));
    }

    @Test
    void randomDelaysStayWithinTheirBounds() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), 1, Duration.ofSeconds(1), 0.2);
        for (int i = 0; i < 1_000; i++) {
            assertThat(backoff.delayBefore(5)).isBetween(Duration.ofMillis(800), Duration.ofSeconds(1));
        }
    }

    @Test
    void withoutJitterIsExact() {
        assertThat(Backoff.doubling(Duration.ofMillis(10)).withoutJitter().delayBefore(3, () -> 0.9))
                .isEqualTo(Duration.ofMillis(40));
    }

    @Test
    void invalidSettingsAreRefusedClearly() {
        assertThatThrownBy(() -> new Backoff(Duration.ofMillis(-1), 2, Duration.ZERO, 0))
                .hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, 0.5, Duration.ZERO, 0)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, 2, Duration.ZERO, 1.5)).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> Backoff.doubling(Duration.ZERO).delayBefore(0)).hasMessageContaining("from 1");
    }
}
