package io.fusionize.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The example test of docs/testkit.md, kept here so that it stays true. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ShopExampleTests {

    private static final String ORDER = "{\"items\": [100, 250]}";

    @RegisterExtension
    static FusionizeKit kit = FusionizeKit.forApplication(new ShopApplication());

    @Test
    void checkoutGivesTheSameReceiptUnderEverySetup() {
        List<KitRun> runs = kit.assertSameResults("Checkout", ORDER);

        assertThat(runs.get(0).result().get("total").asInt()).isEqualTo(420);
    }

    @Test
    void allLocalRunsTheOrderInOneInvocation() {
        RecordsView remote = kit.run(kit.allRemote(), "Checkout", ORDER).records();
        RecordsView local = kit.run(kit.allLocal(), "Checkout", ORDER).records();

        assertThat(remote.invocationCount()).isEqualTo(6);
        assertThat(local.invocationCount()).isEqualTo(1);
        assertThat(remote.calls("Checkout", "Ship")).singleElement().matches(RecordedCall::remote);
        assertThat(local.routes()).contains("Price -> Tax sync inline");
    }

    @TestTemplate // once per setup of the kit's matrix
    void aDeclinedPaymentIsReportedOnTheReceipt(NamedSetup setup) {
        KitRun run = kit.failing("Pay", () -> new IllegalStateException("card declined"))
                .run(setup, "Checkout", ORDER);

        assertThat(run.result().get("payment").asText())
                .isEqualTo("failed: java.lang.IllegalStateException: card declined");
    }

    @Test
    void aSlowPriceServiceTimesTheCheckoutOut() {
        KitRun run = kit.withTimeout(Duration.ofMillis(500)).timingOut("Price")
                .run(kit.allRemote(), "Checkout", ORDER);

        assertThat(run.timedOut()).isTrue();
        assertThat(run.failure().errorMessage()).isEqualTo("Task timed out after 0.50 seconds");
    }

    @Test
    void shippingIsRetriedAfterAFailure() {
        KitRun run = kit.failingFirst("Ship", 1).run(kit.allRemote(), "Checkout", ORDER);

        assertThat(run.records().invocationsOf("Ship")).hasSize(2);
        assertThat(run.records().executionsOf("Notify")).isEqualTo(1);
    }
}
