package io.fusionize.core.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.api.Application;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SetupWarningsTests {

    private final Application iot = CallGraphs.iot();

    @Test
    void theGeneratedBaselinesAndAMixedSetupHaveNoWarnings() {
        assertThat(SetupValidator.warnings(SetupGenerators.allRemote(iot), iot)).isEmpty();
        assertThat(SetupValidator.warnings(SetupGenerators.allLocal(iot), iot)).isEmpty();
        Setup mixed = SetupText.parse("I+CW+SE@512, CT@128, CS+CSL+CSA@1024, CA+DJ@1024, AS@256", "iot");
        assertThat(SetupValidator.warnings(mixed, iot)).isEmpty();
    }

    @Test
    void anInlineSyncRuleForATaskTheFunctionNeverCallsIsNamed() {
        // CT calls AS async only: a sync rule for AS in CT's function can never apply.
        Setup setup = SetupText.parse("I+CW+SE@512, CT+AS@128, CS+CSL+CSA@1024, CA+DJ@1024, AS@256", "iot");

        assertThat(SetupValidator.validate(setup, iot)).isEmpty();
        assertThat(SetupValidator.warnings(setup, iot)).containsExactly(
                "function CT: inline sync rule for AS is never used: no task running in CT calls AS sync");
    }

    @Test
    void anInlineAsyncRuleForATaskCalledOnlySyncIsNamed() {
        Setup setup = SetupText.parse("I+CW+SE@512, CT@128, CS+CSL+CSA&DJ@1024, CA+DJ@1024, AS@256", "iot");

        assertThat(SetupValidator.warnings(setup, iot)).containsExactly(
                "function CS: inline async rule for DJ is never used: no task running in CS calls DJ async");
    }

    @Test
    void aFunctionEveryCallerRunsInlineIsNeverInvoked() {
        // Every call to CW runs inline in I's function, so CW's own function never runs.
        Setup setup = SetupText.parse("I+CW+SE@512, CW@128, CT@128, CS+CSL+CSA@1024, CA+DJ@1024, AS@256", "iot");

        assertThat(SetupValidator.validate(setup, iot)).isEmpty();
        assertThat(SetupValidator.warnings(setup, iot)).containsExactly("function CW is never invoked: no entry"
                + " task's requests reach it (every call to CW runs inline elsewhere)");
    }
}
