package io.fusionize.deploy.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RateProfileTests {

    private static Duration seconds(double value) {
        return Duration.ofMillis(Math.round(value * 1000));
    }

    @Test
    void constantRateSpacesRequestsEvenlyFromTheStart() {
        Schedule schedule = RateProfile.constant(10, Duration.ofSeconds(100)).schedule();

        assertThat(schedule.size()).isEqualTo(1000);
        assertThat(schedule.offsetNanos(0)).isZero();
        assertThat(schedule.offsetNanos(1)).isEqualTo(100_000_000L);
        assertThat(schedule.offsetNanos(999)).isEqualTo(99_900_000_000L);
    }

    @Test
    void burstyStepRisesByFiveEveryTwoSecondsUpToForty() {
        RateProfile bursty = LoadProfiles.burstyStep();
        Schedule schedule = bursty.schedule();

        for (int step = 0; step < 8; step++) {
            int expectedRate = 5 + 5 * step;
            assertThat(schedule.countBetween(seconds(2 * step), seconds(2 * step + 2)))
                    .as("requests in step %d", step).isEqualTo(2 * expectedRate);
        }
        assertThat(schedule.size()).isEqualTo(360);
        assertThat(bursty.length()).isEqualTo(Duration.ofSeconds(16));
        assertThat(bursty.peakRate()).isEqualTo(40);
    }

    @Test
    void rampRisesHoldsAndFallsBack() {
        Schedule schedule = LoadProfiles.burstyRamp().schedule();

        // Expected arrivals: 8 req/s mean over each 30 s ramp, 15 req/s while holding.
        assertThat(schedule.size()).isEqualTo(240 + 450 + 240);
        assertThat(schedule.countBetween(seconds(0), seconds(10)))
                .isLessThan(schedule.countBetween(seconds(20), seconds(30)));
        assertThat(schedule.countBetween(seconds(40), seconds(50))).isEqualTo(150);
        assertThat(schedule.countBetween(seconds(80), seconds(90)))
                .isLessThan(schedule.countBetween(seconds(60), seconds(70)));
        assertThat(schedule.span()).isLessThan(Duration.ofSeconds(90));
    }

    @Test
    void rampFromZeroStartsAtTheOriginAndFollowsTheIntegral() {
        Schedule schedule = new RateProfile("rise", List.of(new RateSegment(Duration.ofSeconds(10), 0, 2))).schedule();

        // Cumulative arrivals are t^2 / 10, so arrival k comes at sqrt(10 k).
        assertThat(schedule.size()).isEqualTo(10);
        assertThat(schedule.offsetNanos(0)).isZero();
        assertThat(schedule.offsetNanos(4) / 1e9).isCloseTo(Math.sqrt(40), within(1e-6));
    }

    @Test
    void scalingMultipliesRatesAndKeepsTheTiming() {
        RateProfile scaled = LoadProfiles.burstyStep().scaled(0.2);
        Schedule schedule = scaled.schedule();

        assertThat(scaled.peakRate()).isCloseTo(8, within(1e-9));
        assertThat(scaled.length()).isEqualTo(Duration.ofSeconds(16));
        assertThat(schedule.size()).isEqualTo(72);
        assertThat(scaled.description()).endsWith("rates x 0.2");
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> RateProfile.constant(0, Duration.ofSeconds(1)))
                .hasMessageContaining("rate must be a positive");
        assertThatThrownBy(() -> RateProfile.step(10, 5, Duration.ofSeconds(1), 5))
                .hasMessageContaining("maxRate 5.0 must not be below startRate 10.0");
        assertThatThrownBy(() -> new RateSegment(Duration.ZERO, 1, 1)).hasMessageContaining("length must be positive");
    }
}
