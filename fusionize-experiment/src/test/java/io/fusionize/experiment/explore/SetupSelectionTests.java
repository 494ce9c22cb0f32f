package io.fusionize.experiment.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.fusionize.core.app.Applications;
import io.fusionize.core.setup.Setup;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SetupSelectionTests {

    private final SetupSpace tree = SetupSpace.of(Applications.find("tree"));

    @Test
    void theDefaultIsEveryRoutingWithAsyncCallsRemoteThenAllLocalThenFourDrawn() {
        List<Setup> setups = SetupSelection.select(tree, RoutingChoice.DEFAULT, 42, List.of(1024));

        assertThat(setups).hasSize(8 + 1 + 4);
        assertThat(setups.subList(0, 8)).isEqualTo(tree.remoteAsyncRoutings());
        assertThat(SetupSpace.text(setups.get(8))).isEqualTo("A+B+D+E&C&F&G@1024");
        assertThat(setups.subList(9, 13)).isEqualTo(tree.sample(4, 42, setups.subList(0, 9)));
        assertThat(setups).extracting(SetupSpace::text).doesNotHaveDuplicates();
    }

    @Test
    void everyRoutingIsTakenAtEverySizeInTurn() {
        List<Setup> setups = SetupSelection.select(tree, RoutingChoice.parse("sample:0"), 42, List.of(512, 2048));

        assertThat(setups).extracting(SetupSpace::text).containsExactly("A@512, B@512, D@512, E@512, C@512, F@512, G@512",
                "A@2048, B@2048, D@2048, E@2048, C@2048, F@2048, G@2048", "A+B+D+E&C&F&G@512", "A+B+D+E&C&F&G@2048");
    }

    @Test
    void theSameSeedChoosesTheSameSetups() {
        RoutingChoice choice = RoutingChoice.parse("sample:5");

        assertThat(SetupSelection.select(tree, choice, 3, List.of(1024)))
                .isEqualTo(SetupSelection.select(tree, choice, 3, List.of(1024)))
                .isNotEqualTo(SetupSelection.select(tree, choice, 4, List.of(1024)));
    }

    @Test
    void routingChoicesReadTheirThreeForms() {
        assertThat(RoutingChoice.parse("all")).isEqualTo(new RoutingChoice(true, 0));
        assertThat(RoutingChoice.parse("sample:7")).isEqualTo(new RoutingChoice(false, 7));
        assertThat(RoutingChoice.parse(" ALL+sample:4 ")).isEqualTo(RoutingChoice.DEFAULT);
        assertThat(RoutingChoice.parse("sample:2+all").describe()).isEqualTo("all+sample:2");
        assertThat(RoutingChoice.parse("sample:0").describe()).isEqualTo("sample:0");
    }

    @Test
    void otherFormsAreRefusedNamingTheAcceptedOnes() {
        for (String text : List.of("", "some", "sample", "sample:", "sample:-1", "sample:x", "all+all", "all+", "every")) {
            assertThatThrownBy(() -> RoutingChoice.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("routings must be all, sample:N or all+sample:N (N at least 0), was '" + text + "'");
        }
    }
}
