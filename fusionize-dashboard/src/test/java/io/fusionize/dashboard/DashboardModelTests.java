package io.fusionize.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fusionize.core.app.Applications;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.dashboard.fixture.ChainApplication;
import io.fusionize.monitor.SetupStatistics;
import io.fusionize.protocol.json.ProtocolJson;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class DashboardModelTests {

    private final DashboardModel model = new DashboardModel(Applications.find(ChainApplication.NAME),
            DashboardModel.MODE_RUN, "fusionize", new LiveWindow(Set.of("chain-Front"), () -> 0L));

    @Test
    void theSnapshotHoldsTheSetupTheRoundsAndTheLiveFigures() throws Exception {
        model.serving(SetupGenerators.allRemote(model.application()).withVersion(1));
        model.round(RoundRow.measured(1, "chain v1: Front@1024, Work@1024, Log@1024",
                SetupStatistics.empty("chain", 1)).withDecision("DEPLOY", "v1 → v2: inline Work into Front",
                        List.of("inline Work into Front")).withForecast(12.5, 0.02));

        JsonNode snapshot = ProtocolJson.mapper().readTree(model.snapshotJson());

        assertThat(snapshot.path("application").asText()).isEqualTo("chain");
        assertThat(snapshot.path("setup").path("functions")).hasSize(3);
        JsonNode round = snapshot.path("rounds").get(0);
        assertThat(round.path("kind").asText()).isEqualTo("DEPLOY");
        assertThat(round.path("diff").get(0).asText()).isEqualTo("inline Work into Front");
        assertThat(round.path("p50Ms").isNull()).as("nothing measured is no number").isTrue();
        assertThat(round.path("forecastP50Ms").asDouble()).isEqualTo(12.5);
        assertThat(snapshot.path("live").path("requestsPerSecond").asDouble()).isZero();
    }

    @Test
    void everyChangeButTheLiveFiguresRaisesTheRevision() {
        long before = model.revision();

        model.status("round 1");
        model.pareto(List.of(new ParetoPoint(10, 0.01, "chain v3: Front+Work@512, Log@128")));

        assertThat(model.revision()).isEqualTo(before + 2);
        model.finished("ended");
        assertThat(model.snapshotJson()).contains("\"finished\":true", "\"status\":\"ended\"");
    }
}
