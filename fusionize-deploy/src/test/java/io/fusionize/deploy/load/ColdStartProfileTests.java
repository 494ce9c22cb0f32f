package io.fusionize.deploy.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ColdStartProfileTests {

    @Test
    void spacesEveryRequestByTheGivenGap() {
        Schedule schedule = LoadProfiles.coldStart(4, Duration.ofMinutes(11)).schedule();

        assertThat(schedule.offsetsNanos()).containsExactly(0, Duration.ofMinutes(11).toNanos(),
                Duration.ofMinutes(22).toNanos(), Duration.ofMinutes(33).toNanos());
        assertThat(schedule.description()).isEqualTo("coldstart 4 requests, one every 660 s");
    }

    @Test
    void rejectsAnEmptyRunAndAZeroGap() {
        assertThatThrownBy(() -> new ColdStartProfile(0, Duration.ofSeconds(1))).hasMessageContaining("count must be positive");
        assertThatThrownBy(() -> new ColdStartProfile(3, Duration.ZERO)).hasMessageContaining("spacing must be positive");
    }
}
