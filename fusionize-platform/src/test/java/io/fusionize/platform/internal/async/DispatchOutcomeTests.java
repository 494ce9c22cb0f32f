package io.fusionize.platform.internal.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DispatchOutcomeTests {

    @Test
    void functionErrorCarriesItsError() {
        DispatchOutcome outcome = DispatchOutcome.functionError("Sandbox.Timedout", "timed out");

        assertThat(outcome.kind()).isEqualTo(DispatchOutcome.Kind.FUNCTION_ERROR);
        assertThat(outcome.errorType()).isEqualTo("Sandbox.Timedout");
        assertThat(outcome.errorMessage()).isEqualTo("timed out");
    }

    @Test
    void functionErrorNeedsAType() {
        assertThatThrownBy(() -> DispatchOutcome.functionError(" ", "no type"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("errorType must not be blank for a function error");
    }

    @Test
    void onlyFunctionErrorsCarryAnError() {
        assertThatThrownBy(() -> new DispatchOutcome(DispatchOutcome.Kind.THROTTLED, "E", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("only a function error carries an error, not THROTTLED");
    }
}
