package io.fusionize.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.fusionize.api.TaskFailedException;
import io.fusionize.core.setup.SetupText;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SameResultsTests {

    private static final String ORDER = "{\"items\": [100, 250]}";

    private final FusionizeKit kit = FusionizeKit.forApplication(new ShopApplication());

    @Test
    void aDeterministicRequestGivesTheSameResultUnderEverySetup() {
        List<KitRun> runs = kit.assertSameResults("Checkout", ORDER);

        assertThat(runs).extracting(run -> run.setup().label()).containsExactly("all-remote", "all-local",
                "random seed 1", "random seed 2", "random seed 3", "random seed 4", "random seed 5");
        assertThat(runs).allSatisfy(run -> assertThat(run.result().toString())
                .isEqualTo("{\"total\":420,\"payment\":\"paid 420\"}"));
    }

    @Test
    void theSameFailureUnderEverySetupCountsAsTheSameOutcome() {
        List<KitRun> runs = kit.failing("Price").assertSameResults("Checkout", ORDER);

        assertThat(runs).allSatisfy(run -> {
            TaskFailedException failure = run.failure();
            assertThat(failure.task()).isEqualTo("Checkout");
            assertThat(failure.errorType()).isEqualTo(TaskFailedException.class.getName());
            assertThat(failure.errorMessage()).isEqualTo(
                    "Price failed with " + InjectedFailure.class.getName() + ": task Price failed on purpose");
        });
    }

    @Test
    void aResultThatDependsOnInliningFailsNamingBothSetupsAndBothResults() {
        FusionizeKit baselines = kit.withMatrix(SetupMatrix.baselines());

        AssertionError error = catchThrowableOfType(AssertionError.class,
                () -> baselines.assertSameResults("Where", "{}"));

        String allRemote = SetupText.format(kit.allRemote());
        String allLocal = SetupText.format(kit.allLocal());
        assertThat(error).hasMessage("request Where {} of application shop gave different outcomes under two setups:\n"
                + "  under all-remote (" + allRemote + "):\n"
                + "    result {\"inline\":false}\n"
                + "  under all-local (" + allLocal + "):\n"
                + "    result {\"inline\":true}\n"
                + "outcome under every setup:\n"
                + "  all-remote: result {\"inline\":false}\n"
                + "  all-local: result {\"inline\":true}\n");
    }

    @Test
    void aResultThatDependsOnStaticStateFailsAtTheSecondSetup() {
        AssertionError error = catchThrowableOfType(AssertionError.class,
                () -> kit.assertSameResults("Count", "{}"));

        assertThat(error.getMessage())
                .startsWith("request Count {} of application shop gave different outcomes under two setups:\n")
                .contains("  under all-remote (" + SetupText.format(kit.allRemote()) + "):\n    result ")
                .contains("  under all-local (" + SetupText.format(kit.allLocal()) + "):\n    result ")
                .contains("  random seed 5: result ");
        assertThat(error.getMessage().lines().filter(line -> line.startsWith("    result ")).distinct())
                .as("the two results shown differ").hasSize(2);
    }

    @Test
    void aFailureUnderOneSetupAndAResultUnderAnotherDiffer() {
        KitRun healthy = kit.run(kit.allRemote(), "Checkout", ORDER);
        KitRun broken = kit.failing("Price").run(kit.allRemote(), "Checkout", ORDER);

        AssertionError error = catchThrowableOfType(AssertionError.class,
                () -> SameResults.check(List.of(healthy, broken)));

        assertThat(error.getMessage()).contains("    result {\"total\":420,\"payment\":\"paid 420\"}\n")
                .contains("    failure Checkout failed with " + TaskFailedException.class.getName()
                        + ": Price failed with " + InjectedFailure.class.getName()
                        + ": task Price failed on purpose\n");
    }

    @Test
    void anEmptyMatrixHasNothingToCompare() {
        FusionizeKit empty = kit.withMatrix(SetupMatrix.none());

        assertThatThrownBy(() -> empty.assertSameResults("Checkout", ORDER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no setups to compare: the kit's matrix is empty");
    }
}
