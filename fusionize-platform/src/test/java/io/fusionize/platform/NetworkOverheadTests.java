package io.fusionize.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class NetworkOverheadTests {

    private final SplittableRandom random = new SplittableRandom(7);

    @Test
    void parsesEveryForm() {
        assertThat(NetworkOverhead.parse("none").isActive()).isFalse();
        assertThat(NetworkOverhead.parse("fixed:12.5").sample(random)).isEqualTo(Duration.ofNanos(12_500_000));
        assertThat(NetworkOverhead.parse("uniform:2:4").describe()).isEqualTo("uniform(2.0ms, 4.0ms)");
        assertThat(NetworkOverhead.parse("normal:20:5").describe()).isEqualTo("normal(20.0ms, 5.0ms)");
    }

    @Test
    void uniformStaysInItsRange() {
        NetworkOverhead overhead = NetworkOverhead.uniform(Duration.ofMillis(2), Duration.ofMillis(4));
        for (int i = 0; i < 1000; i++) {
            assertThat(overhead.sample(random)).isBetween(Duration.ofMillis(2), Duration.ofMillis(4));
        }
    }

    @Test
    void normalIsNeverNegative() {
        NetworkOverhead overhead = NetworkOverhead.normal(Duration.ofMillis(1), Duration.ofMillis(10));
        for (int i = 0; i < 1000; i++) {
            assertThat(overhead.sample(random).isNegative()).isFalse();
        }
    }

    @Test
    void malformedSpecificationsNameTheAcceptedForms() {
        assertThatThrownBy(() -> NetworkOverhead.parse("fixed")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fixed:MS");
        assertThatThrownBy(() -> NetworkOverhead.parse("gamma:1:2")).hasMessageContaining("unknown kind 'gamma'");
        assertThatThrownBy(() -> NetworkOverhead.parse("uniform:5:1")).hasMessageContaining("max must not be below");
    }
}
