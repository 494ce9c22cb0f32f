package io.fusionize.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class GoalTests {

    @Test
    void parsesTheNamedGoals() {
        assertThat(Goal.parse("balanced")).isSameAs(Goal.BALANCED);
        assertThat(Goal.parse("latency")).isSameAs(Goal.LATENCY);
        assertThat(Goal.parse("cost")).isSameAs(Goal.COST);
        assertThat(Goal.parse(" Latency ")).isSameAs(Goal.LATENCY);
    }

    @Test
    void parsesAP95Bound() {
        Goal goal = Goal.parse("p95<=250");

        assertThat(goal).isEqualTo(new Goal.P95Bound(250));
        assertThat(goal.label()).isEqualTo("p95<=250");
        assertThat(goal.describe()).contains("lowest cost", "p95 is at most 250 ms");
        assertThat(goal.minimizesCost()).isTrue();
    }

    @Test
    void parsesACostBound() {
        Goal goal = Goal.parse("cost<=0.02");

        assertThat(goal).isEqualTo(new Goal.CostBound(0.02));
        assertThat(goal.label()).isEqualTo("cost<=0.02");
        assertThat(goal.describe()).contains("lowest median latency", "at most $0.02 per 1,000 requests");
        assertThat(goal.minimizesCost()).isFalse();
    }

    @Test
    void onlyBalancedIsBalanced() {
        assertThat(Goal.BALANCED.balanced()).isTrue();
        assertThat(Goal.LATENCY.balanced()).isFalse();
        assertThat(Goal.parse("p95<=1").balanced()).isFalse();
    }

    @Test
    void measuresHowFarASetupMissesABound() {
        assertThat(new Goal.P95Bound(200).miss(250, 1)).isEqualTo(0.25);
        assertThat(new Goal.P95Bound(200).miss(200, 1)).isZero();
        assertThat(new Goal.CostBound(0.02).miss(999, 0.03)).isCloseTo(0.5, org.assertj.core.api.Assertions.within(
                1e-9));
        assertThat(Goal.COST.miss(999, 999)).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "p95<=abc|invalid objective 'p95<=abc': 'abc' is not a number of milliseconds",
        "cost<=x|invalid objective 'cost<=x': 'x' is not a number of US dollars per 1,000 requests",
        "p95<=0|invalid objective 'p95<=0': the bound must be a positive number of milliseconds",
        "cost<=-1|invalid objective 'cost<=-1': the bound must be a positive number of US dollars",
        "p95<=NaN|invalid objective 'p95<=NaN': the bound must be a positive number of milliseconds",
        "speed|invalid objective 'speed': it names no objective"})
    void refusesBadInputWithOneLine(String text, String message) {
        assertThatThrownBy(() -> Goal.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message)
                .hasMessageEndingWith("use balanced, latency, cost, p95<=MS or cost<=USD_PER_1K")
                .hasMessageNotContaining("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "p95<=", "p99<=100", "cost<"})
    void refusesOtherForms(String text) {
        assertThatThrownBy(() -> Goal.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid objective '" + text + "'");
    }
}
