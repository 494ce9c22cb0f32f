package io.fusionize.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.api.TaskFailedException;
import io.fusionize.protocol.lambda.LambdaErrors;
import io.fusionize.protocol.fusion.InvocationRecord;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FaultInjectionTests {

    private static final String ORDER = "{\"items\": [100, 250]}";

    private final FusionizeKit kit = FusionizeKit.forApplication(new ShopApplication());

    @Test
    void aFailingTaskReachesItsCallerAsAnInjectedFailureUnderEverySetup() {
        List<KitRun> runs = kit.failing("Pay").assertSameResults("Checkout", ORDER);

        assertThat(runs).allSatisfy(run -> assertThat(run.result().get("payment").asText())
                .isEqualTo("failed: " + InjectedFailure.class.getName() + ": task Pay failed on purpose"));
        KitRun remote = runs.get(0);
        assertThat(remote.records().calls("Checkout", "Pay")).singleElement()
                .satisfies(call -> assertThat(call.errorType()).isEqualTo(InjectedFailure.class.getName()));
        assertThat(remote.records().invocationsOf("Pay")).singleElement().satisfies(pay -> {
            assertThat(pay.failed()).isTrue();
            assertThat(pay.errorMessage()).isEqualTo("task Pay failed on purpose");
        });
    }

    @Test
    void aFailingTaskCanThrowAnErrorOfTheTestsChoice() {
        KitRun run = kit.failing("Pay", () -> new IllegalStateException("card declined"))
                .run(kit.allLocal(), "Checkout", ORDER);

        assertThat(run.result().get("payment").asText())
                .isEqualTo("failed: java.lang.IllegalStateException: card declined");
    }

    @Test
    void anUncaughtInjectedFailureFailsTheRequest() {
        KitRun run = kit.failing("Tax").run(kit.allRemote(), "Checkout", ORDER);

        assertThat(run.succeeded()).isFalse();
        assertThat(run.timedOut()).isFalse();
        assertThat(run.failure().task()).isEqualTo("Checkout");
        assertThat(run.failure().errorMessage()).isEqualTo("Price failed with " + TaskFailedException.class.getName()
                + ": Tax failed with " + InjectedFailure.class.getName() + ": task Tax failed on purpose");
        assertThat(run.records().failedInvocations()).extracting(InvocationRecord::entryTask)
                .containsExactlyInAnyOrder("Checkout", "Price", "Tax");
    }

    @Test
    void aTaskFailingAtFirstIsRetriedAsAsyncWorkIs() {
        FusionizeKit flakyShipping = kit.withMatrix(SetupMatrix.baselines()).failingFirst("Ship", 1);

        List<KitRun> runs = flakyShipping.assertSameResults("Checkout", ORDER);

        assertThat(runs).allSatisfy(run -> {
            assertThat(run.records().executionsOf("Ship")).as(run.setup().label()).isEqualTo(2);
            assertThat(run.records().executionsOf("Notify")).as(run.setup().label()).isEqualTo(1);
        });
        assertThat(runs.get(0).records().invocationsOf("Ship")).extracting(InvocationRecord::failed)
                .containsExactlyInAnyOrder(true, false);
    }

    @Test
    void countingFaultsStartOverInEveryRun() {
        FusionizeKit flakyPayment = kit.failingFirst("Pay", 1);

        KitRun first = flakyPayment.run(kit.allRemote(), "Checkout", ORDER);
        KitRun second = flakyPayment.run(kit.allRemote(), "Checkout", ORDER);

        assertThat(first.result().get("payment").asText()).startsWith("failed: " + InjectedFailure.class.getName());
        assertThat(second.result().get("payment").asText()).startsWith("failed: " + InjectedFailure.class.getName());
    }

    @Test
    void aTimingOutTaskTimesTheRequestOutUnderEverySetup() {
        // Price is Checkout's first call, so the deadline cannot pass before it is made
        FusionizeKit slowPricing = kit.withMatrix(SetupMatrix.baselines()).withTimeout(Duration.ofMillis(500))
                .timingOut("Price");

        List<KitRun> runs = slowPricing.assertSameResults("Checkout", ORDER);

        assertThat(runs).allSatisfy(run -> {
            assertThat(run.timedOut()).as(run.setup().label()).isTrue();
            assertThat(run.failure().task()).isEqualTo("Checkout");
            assertThat(run.failure().errorType()).isEqualTo(LambdaErrors.TIMEOUT);
            assertThat(run.failure().errorMessage()).isEqualTo("Task timed out after 0.50 seconds");
            assertThat(run.records().executionsOf("Tax")).isZero();
        });
        // remotely, Price's own invocation ends at its deadline too; the run waited for its record
        assertThat(runs.get(0).records().invocationsOf("Price")).singleElement()
                .satisfies(price -> assertThat(price.errorType()).isEqualTo(LambdaErrors.TIMEOUT));
    }

    @Test
    void faultsNeedATaskTheApplicationHas() {
        assertThatThrownBy(() -> kit.failing("Refund")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("application shop has no task Refund; tasks: [Checkout, Price, Tax, Pay, Ship, Notify, "
                        + "Count, Where, Probe]");
        assertThatThrownBy(() -> kit.failingFirst("Pay", 0)).hasMessage("attempts must be 1 or more, not 0");
    }

    @Test
    void faultsAreNamedInTheKitsDescription() {
        assertThat(kit.failing("Pay").timingOut("Tax").failingFirst("Ship", 2).toString())
                .isEqualTo("FusionizeKit[shop, setups [all-remote, all-local, random seed 1, random seed 2, "
                        + "random seed 3, random seed 4, random seed 5], timeout PT30S, Pay failing, Tax timing out, "
                        + "Ship failing first 2]");
    }
}
