package io.fusionize.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupText;
import io.fusionize.testkit.ShopApplication.Receipt;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FusionizeKitTests {

    private static final String ORDER = "{\"items\": [100, 250]}";
    private static final Set<String> TEMPLATE_LABELS = ConcurrentHashMap.newKeySet();
    private static final Set<Setup> TEMPLATE_SETUPS = ConcurrentHashMap.newKeySet();

    @RegisterExtension
    static final FusionizeKit KIT = FusionizeKit.forApplication(ShopApplication.NAME)
            .withMatrix(SetupMatrix.of(2, 10));

    @AfterAll
    static void everyTemplateRanOncePerSetup() {
        assertThat(TEMPLATE_LABELS).containsExactlyInAnyOrder("all-remote", "all-local", "random seed 10",
                "random seed 11");
        assertThat(TEMPLATE_SETUPS).containsExactlyInAnyOrderElementsOf(
                KIT.setups().stream().map(NamedSetup::setup).toList());
    }

    @TestTemplate
    void runsOncePerSetupNamedAfterIt(NamedSetup setup, TestInfo test) {
        TEMPLATE_LABELS.add(setup.label());
        KitRun run = KIT.run(setup, "Checkout", ORDER);

        assertThat(test.getDisplayName()).isEqualTo(setup.toString());
        assertThat(run.result(Receipt.class)).isEqualTo(new Receipt(420, "paid 420"));
    }

    @TestTemplate
    void givesTheSetupItselfToo(Setup setup) {
        TEMPLATE_SETUPS.add(setup);

        assertThat(KIT.run(setup, "Where", "{}").succeeded()).isTrue();
    }

    @Test
    void findsTheApplicationByNameThroughServiceLoader() {
        assertThat(KIT.application().name()).isEqualTo(ShopApplication.NAME);
        assertThatThrownBy(() -> FusionizeKit.forApplication("bookshop"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown application 'bookshop'; available: shop");
    }

    @Test
    void aResultIsAskedOfAFailedRunOnlyAsAnAssertion() {
        KitRun failed = KIT.failing("Price").run(KIT.allRemote(), "Checkout", ORDER);

        assertThatThrownBy(failed::result).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("expected a result, but Checkout {\"items\":[100,250]} under setup ("
                        + SetupText.format(KIT.allRemote()) + ") gave failure Checkout failed with")
                .hasMessageContaining("\nrecords:\nPrice (1024 MB) failed with " + InjectedFailure.class.getName());
        KitRun succeeded = KIT.run(KIT.allRemote(), "Checkout", ORDER);
        assertThatThrownBy(succeeded::failure).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("expected a failure, but Checkout {\"items\":[100,250]} under setup (");
    }

    @Test
    void aSetupIsCheckedBeforeItRuns() {
        Setup onlyCheckout = new Setup(ShopApplication.NAME, 1,
                List.of(new FunctionSpec("Checkout", 512, Set.of(), Set.of())));

        assertThatThrownBy(() -> KIT.run(onlyCheckout, "Checkout", ORDER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("task Price is called remotely (sync, by Checkout in function Checkout) but has "
                        + "no function");
    }

    @Test
    void requestsGoToEntryTasksWithJsonPayloads() {
        assertThatThrownBy(() -> KIT.run(KIT.allRemote(), "Price", ORDER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Price is not an entry task of application shop; entries: [Checkout, Count, Where]");
        assertThatThrownBy(() -> KIT.run(KIT.allRemote(), "Checkout", "{items: 1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the request's payload is not JSON: ");
        assertThatThrownBy(() -> KIT.run(KIT.allRemote(), "Checkout", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the request's payload is empty; give JSON such as {}");
    }

    @Test
    void setupsComeFromTextFormAndFromSeeds() {
        Setup handWritten = KIT.setup("Checkout+Price+Tax&Ship@512, Pay@128, Notify@128, Count@128, Where+Probe@256");

        assertThat(SetupText.format(handWritten)).startsWith("shop v1: Checkout+Price+Tax&Ship@512");
        assertThat(KIT.run(handWritten, "Checkout", ORDER).records().functions())
                .containsExactly("Checkout", "Notify", "Pay");
        assertThat(KIT.randomSetup(11)).isEqualTo(KIT.setups().get(3).setup());
        assertThatThrownBy(() -> KIT.setup("Checkout@512")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("entry task Count has no function");
    }

    @Test
    void optionsMakeNewKitsAndLeaveTheOldOnesAlone() {
        FusionizeKit shorter = KIT.withTimeout(Duration.ofSeconds(2)).withAsyncWait(Duration.ofSeconds(5));

        assertThat(shorter.timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(KIT.timeout()).isEqualTo(FusionizeKit.DEFAULT_TIMEOUT);
        assertThat(shorter.matrix()).isSameAs(KIT.matrix());
        assertThatThrownBy(() -> KIT.withTimeout(Duration.ZERO)).hasMessage("timeout must be positive, not PT0S");
        assertThatThrownBy(() -> KIT.withAsyncWait(Duration.ofSeconds(-1)))
                .hasMessage("async wait must be positive, not PT-1S");
    }

    @Test
    void aPlainObjectNeedsNoExtension() {
        FusionizeKit plain = FusionizeKit.forApplication(new ShopApplication().application());

        List<KitRun> runs = plain.withMatrix(SetupMatrix.baselines()).runAll("Checkout", ORDER);

        assertThat(runs).extracting(run -> run.records().invocationCount()).containsExactly(6, 1);
    }
}
