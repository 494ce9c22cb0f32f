package io.fusionize.optimizer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fusionize.core.setup.SetupText;
import io.fusionize.monitor.DurationSummary;
import io.fusionize.monitor.SetupStatistics;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PredictionCheckTests {

    private static final Prediction FORECAST = new Prediction(SetupText.parse("app v3: A+B@512, B@512"), 42, 45,
            0.031, List.of());

    @Test
    void comparesTheForecastWithTheMeasuredMedianAndCost() {
        PredictionCheck check = PredictionCheck.of(FORECAST, measured(40, 0.0310));

        assertThat(check.latencyError()).isCloseTo(0.05, within(1e-9));
        assertThat(check.costError()).isCloseTo(0, within(1e-9));
        assertThat(check.within(0.051)).isTrue();
        assertThat(check.within(0.049)).isFalse();
        assertThat(check).hasToString("v3 predicted p50 42.0 ms, $0.0310/1k; measured p50 40.0 ms, $0.0310/1k "
                + "(latency +5.0 %, cost +0.0 %)");
    }

    @Test
    void refusesStatisticsWithoutARootDuration() {
        assertThatThrownBy(() -> PredictionCheck.of(FORECAST, SetupStatistics.empty("app", 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("v3 has no measured root duration or cost");
    }

    private static SetupStatistics measured(double p50Ms, double costPer1000) {
        DurationSummary root = new DurationSummary(100, p50Ms, p50Ms, p50Ms, p50Ms, p50Ms);
        return new SetupStatistics("app", 3, 100, DurationSummary.empty(), root, costPer1000, 0, 0, 0, List.of(),
                List.of());
    }
}
