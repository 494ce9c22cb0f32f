package io.fusionize.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupText;
import io.fusionize.monitor.SetupStatistics;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HistoryTests {

    private static final Setup V1 = SetupText.parse("app v1: A+B@512, B@512");
    private static final Setup V2 = SetupText.parse("app v2: B@512, A@512");

    @Test
    void recognizesASetupByItsPlanWhateverItsVersionAndOrder() {
        History history = History.of(measured(V1), measured(V2).markedBad());

        assertThat(history.wasDeployed(SetupText.parse("app v9: B@512, A+B@512"))).isTrue();
        assertThat(history.isMarkedBad(SetupText.parse("app v9: A@512, B@512"))).isTrue();
        assertThat(history.isMarkedBad(V1)).isFalse();
        assertThat(history.wasDeployed(SetupText.parse("app v9: A+B@1024, B@512"))).isFalse();
    }

    @Test
    void findsTheLastGoodSetupAndTheNextVersion() {
        History history = History.of(measured(V1)).append(measured(V2).markedBad());

        assertThat(history.lastGood()).get().extracting(e -> e.setup().version()).isEqualTo(1);
        assertThat(history.last().setup().version()).isEqualTo(2);
        assertThat(history.nextVersion()).isEqualTo(3);
        assertThat(History.of().nextVersion()).isEqualTo(1);
    }

    @Test
    void servesTheDeclaredVersionElseTheNewestGoodOne() {
        History history = History.of(measured(V1), measured(V2));

        assertThat(history.serving()).get().extracting(e -> e.setup().version()).isEqualTo(2);
        assertThat(history.serving(1).serving()).get().extracting(e -> e.setup().version()).isEqualTo(1);
        assertThat(history.serving(1).append(measured(V1.withVersion(3))).servingVersion()).isNull();
        assertThatThrownBy(() -> history.serving(7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("v7");
    }

    @Test
    void holdsOneApplicationOnly() {
        Setup other = SetupText.parse("tree v1: A@512");

        assertThatThrownBy(() -> History.of(measured(V1), DeployedSetup.measured(other,
                SetupStatistics.empty("tree", 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one application");
    }

    @Test
    void refusesStatisticsOfAnotherApplication() {
        assertThatThrownBy(() -> DeployedSetup.measured(V1, SetupStatistics.empty("tree", 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tree");
    }

    private static DeployedSetup measured(Setup setup) {
        return DeployedSetup.measured(setup, SetupStatistics.empty("app", setup.version()));
    }
}
