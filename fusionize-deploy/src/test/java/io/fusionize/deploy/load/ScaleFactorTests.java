package io.fusionize.deploy.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ScaleFactorTests {

    @Test
    void fitsThePeakRateToWhatTheCoresSustain() {
        ScaleFactor scale = ScaleFactor.fit(2, 0.23, 40, 0.8);

        assertThat(scale.factor()).isCloseTo(2 * 0.8 / 0.23 / 40, within(1e-12));
        assertThat(scale.basis()).contains("2 cores").contains("6.957 req/s sustainable").contains("rates x 0.174");
    }

    @Test
    void neverScalesUp() {
        assertThat(ScaleFactor.fit(2, 0.01, 5, 1).factor()).isEqualTo(1);
    }

    @Test
    void scalesRateProfilesOnly() {
        ScaleFactor half = new ScaleFactor(0.5, "test");
        ColdStartProfile cold = LoadProfiles.coldStart(3, Duration.ofSeconds(1));

        assertThat(half.applyTo(cold)).isSameAs(cold);
        assertThat(half.applyTo(LoadProfiles.constant(10, Duration.ofSeconds(10))).schedule().size()).isEqualTo(50);
    }

    @Test
    void rejectsAFactorAboveOne() {
        assertThatThrownBy(() -> new ScaleFactor(1.5, "x")).hasMessage("factor must be in (0, 1], was 1.5");
    }
}
