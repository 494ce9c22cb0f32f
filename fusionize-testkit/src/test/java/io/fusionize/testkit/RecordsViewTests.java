package io.fusionize.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.protocol.fusion.InvocationRecord;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RecordsViewTests {

    private static final String ORDER = "{\"items\": [100, 250]}";

    private final FusionizeKit kit = FusionizeKit.forApplication(new ShopApplication());

    @Test
    void allRemoteInvokesOneFunctionPerTaskAndRoutesEveryCallRemotely() {
        RecordsView records = kit.run(kit.allRemote(), "Checkout", ORDER).records();

        assertThat(records.invocationCount()).isEqualTo(6);
        assertThat(records.functions()).containsExactly("Checkout", "Notify", "Pay", "Price", "Ship", "Tax");
        assertThat(records.routes()).containsExactly("Checkout -> Pay sync remote", "Checkout -> Price sync remote",
                "Checkout -> Ship async remote", "Price -> Tax sync remote", "Ship -> Notify async remote");
        assertThat(records.inlineCalls()).isEmpty();
        assertThat(records.remoteCalls()).hasSize(5);
        assertThat(records.invocationsOf("Notify")).singleElement()
                .satisfies(notify -> assertThat(notify.root()).isFalse());
    }

    @Test
    void allLocalRunsTheWholeRequestInOneInvocation() {
        RecordsView records = kit.run(kit.allLocal(), "Checkout", ORDER).records();

        assertThat(records.invocationCount()).isEqualTo(1);
        assertThat(records.functions()).containsExactly("Checkout");
        assertThat(records.routes()).containsExactly("Checkout -> Pay sync inline", "Checkout -> Price sync inline",
                "Checkout -> Ship async inline", "Price -> Tax sync inline", "Ship -> Notify async inline");
        assertThat(records.remoteCalls()).isEmpty();
        assertThat(records.invocationsOf("Checkout")).singleElement()
                .satisfies(checkout -> assertThat(checkout.root()).isTrue());
    }

    @Test
    void everyRemoteCallIsAnInvocationOfItsOwnUnderEverySetup() {
        List<KitRun> runs = kit.withMatrix(SetupMatrix.of(10, 100)).runAll("Checkout", ORDER);

        assertThat(runs).allSatisfy(run -> {
            RecordsView records = run.records();
            assertThat(records.invocationCount()).as(run.setup().toString())
                    .isEqualTo(1 + records.remoteCalls().size());
            assertThat(records.calls()).as(run.setup().toString()).hasSize(5);
            assertThat(records.executionsOf("Tax")).isEqualTo(1);
        });
        assertThat(runs).extracting(run -> run.records().invocationCount()).contains(1, 6)
                .as("random setups inline some calls and not others").anyMatch(count -> count > 1 && count < 6);
    }

    @Test
    void callsBetweenTwoTasksSayHowTheyWereMade() {
        RecordsView remote = kit.run(kit.allRemote(), "Checkout", ORDER).records();
        RecordsView local = kit.run(kit.allLocal(), "Checkout", ORDER).records();

        assertThat(remote.calls("Checkout", "Ship")).singleElement().satisfies(call -> {
            assertThat(call.async()).isTrue();
            assertThat(call.remote()).isTrue();
            assertThat(call.failed()).isFalse();
            assertThat(call.toString()).isEqualTo("Checkout -> Ship async remote");
        });
        assertThat(local.calls("Price", "Tax")).singleElement().satisfies(call -> {
            assertThat(call.sync()).isTrue();
            assertThat(call.inline()).isTrue();
        });
        assertThat(local.calls("Tax", "Price")).isEmpty();
    }

    @Test
    void describesEachInvocationOnOneLine() {
        RecordsView records = kit.failing("Pay").run(kit.allLocal(), "Checkout", ORDER).records();

        assertThat(records.toString()).startsWith("Checkout (1024 MB) succeeded; calls ")
                .contains("Checkout -> Pay sync inline failed with " + InjectedFailure.class.getName())
                .doesNotContain("\n");
        assertThat(RecordsView.of(List.<InvocationRecord>of()).invocationCount()).isZero();
    }
}
