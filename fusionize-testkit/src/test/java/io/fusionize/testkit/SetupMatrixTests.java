package io.fusionize.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.api.Application;
import io.fusionize.core.setup.SetupFormatException;
import io.fusionize.core.setup.SetupGenerators;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SetupMatrixTests {

    private final Application shop = new ShopApplication().application();

    @Test
    void theStandardMatrixIsBothBaselinesAndFiveRandomSetups() {
        List<NamedSetup> setups = SetupMatrix.standard().setupsFor(shop);

        assertThat(setups).extracting(NamedSetup::label).containsExactly("all-remote", "all-local",
                "random seed 1", "random seed 2", "random seed 3", "random seed 4", "random seed 5");
        assertThat(setups.get(0).setup()).isEqualTo(SetupGenerators.allRemote(shop));
        assertThat(setups.get(1).setup()).isEqualTo(SetupGenerators.allLocal(shop));
        assertThat(setups.get(4).setup()).isEqualTo(SetupGenerators.random(shop, 3));
        assertThat(SetupMatrix.standard()).hasToString("[all-remote, all-local, random seed 1, random seed 2, "
                + "random seed 3, random seed 4, random seed 5]");
    }

    @Test
    void randomSetupsAreReproducibleFromTheirSeeds() {
        List<NamedSetup> first = SetupMatrix.of(20, 7).setupsFor(shop);
        List<NamedSetup> again = SetupMatrix.of(20, 7).setupsFor(new ShopApplication().application());

        assertThat(first).isEqualTo(again);
        assertThat(first.stream().map(NamedSetup::text).distinct().count()).as("distinct setups").isGreaterThan(10);
    }

    @Test
    void handWrittenSetupsAreCheckedAgainstTheApplication() {
        SetupMatrix matrix = SetupMatrix.none().with("pay inline", "Checkout+Pay@512, Price@256, Tax@128, Ship@128, "
                + "Notify@128, Count@128, Where@128, Probe@128");

        assertThat(matrix.setupsFor(shop)).singleElement().satisfies(setup -> {
            assertThat(setup.label()).isEqualTo("pay inline");
            assertThat(setup.text()).startsWith("shop v1: Checkout+Pay@512, Price@256");
            assertThat(setup).hasToString("pay inline (" + setup.text() + ")");
        });
        assertThatThrownBy(() -> SetupMatrix.none().with("lost", "Checkout@512").setupsFor(shop))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("setup lost is not valid for application shop: invalid setup: ")
                .hasMessageContaining("task Price is called remotely (sync, by Checkout in function Checkout) but has "
                        + "no function");
        assertThatThrownBy(() -> SetupMatrix.none().with("typo", "Checkout+@512").setupsFor(shop))
                .isInstanceOf(SetupFormatException.class);
    }

    @Test
    void aSetupObjectJoinsAsItIs() {
        SetupMatrix matrix = SetupMatrix.none().with("mine", SetupGenerators.allLocal(shop, 256)).withRandom(0, 1);

        assertThat(matrix.setupsFor(shop)).extracting(NamedSetup::setup)
                .containsExactly(SetupGenerators.allLocal(shop, 256));
        assertThatThrownBy(() -> matrix.withRandom(-1, 1))
                .hasMessage("count of random setups must not be negative, not -1");
    }
}
