package io.fusionize.experiment.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PercentChangeTests {

    @Test
    void measuresTheChangeRelativeToTheBaseline() {
        assertThat(PercentChange.between(294, 216).getAsDouble()).isCloseTo(-26.53, within(0.01));
        assertThat(PercentChange.between(28.2, 17.8).getAsDouble()).isCloseTo(-36.88, within(0.01));
        assertThat(PercentChange.between(100, 250).getAsDouble()).isEqualTo(150.0);
    }

    @Test
    void hasNoChangeWithoutAUsableBaseline() {
        assertThat(PercentChange.between(0, 5)).isEmpty();
        assertThat(PercentChange.between(Double.NaN, 5)).isEmpty();
        assertThat(PercentChange.between(5, Double.NaN)).isEmpty();
    }

    @Test
    void formatsWithSignAndOneDecimal() {
        assertThat(PercentChange.format(OptionalDouble.of(-26.53))).isEqualTo("-26.5 %");
        assertThat(PercentChange.format(OptionalDouble.of(3.46))).isEqualTo("+3.5 %");
        assertThat(PercentChange.format(OptionalDouble.of(-0.01))).isEqualTo("0.0 %");
        assertThat(PercentChange.format(OptionalDouble.empty())).isEqualTo("n/a");
    }
}
