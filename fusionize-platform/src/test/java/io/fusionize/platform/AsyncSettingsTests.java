package io.fusionize.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AsyncSettingsTests {

    private final AsyncSettings defaults = AsyncSettings.defaults();

    @Test
    void defaultsFollowLambda() {
        assertThat(defaults.retries()).isEqualTo(2);
        assertThat(defaults.backoff())
                .containsExactly(Duration.ofSeconds(60), Duration.ofSeconds(120));
        assertThat(defaults.maximumEventAge()).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void retryDelaysFollowTheBackoffAndRepeatItsLastEntry() {
        AsyncSettings settings = defaults.withBackoff(Duration.ofMillis(5), Duration.ofMillis(9));

        assertThat(settings.delayBeforeRetry(1)).isEqualTo(Duration.ofMillis(5));
        assertThat(settings.delayBeforeRetry(2)).isEqualTo(Duration.ofMillis(9));
        assertThat(settings.delayBeforeRetry(3)).isEqualTo(Duration.ofMillis(9));
    }

    @Test
    void throttleDelayDoublesUpToFiveMinutes() {
        AsyncSettings settings = defaults.withThrottleDelay(Duration.ofSeconds(1));

        assertThat(settings.delayAfterThrottle(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.delayAfterThrottle(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(settings.delayAfterThrottle(50)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void retriesOutsideLambdasRangeAreRejected() {
        assertThatThrownBy(() -> defaults.withRetries(3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("retries must be between 0 and 2, was 3");
    }

    @Test
    void maximumEventAgeOutsideLambdasRangeIsRejected() {
        assertThatThrownBy(() -> defaults.withMaximumEventAge(Duration.ofSeconds(59)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("maximumEventAge must be between PT1M and PT6H");
        assertThatThrownBy(() -> defaults.withMaximumEventAge(Duration.ofHours(7)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyOrNegativeBackoffIsRejected() {
        assertThatThrownBy(() -> defaults.withBackoff())
                .hasMessage("backoff must hold at least one delay");
        assertThatThrownBy(() -> defaults.withBackoff(Duration.ofMillis(-1)))
                .hasMessageContaining("must not be negative");
    }

    @Test
    void concurrencyMustBePositive() {
        assertThatThrownBy(() -> defaults.withConcurrency(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("concurrency must be between 1");
    }
}
