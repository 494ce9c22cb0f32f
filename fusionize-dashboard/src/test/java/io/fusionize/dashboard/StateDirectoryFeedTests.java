package io.fusionize.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.dashboard.fixture.ChainApplication;
import io.fusionize.deploy.loop.LoopEntry;
import io.fusionize.deploy.loop.LoopState;
import io.fusionize.deploy.loop.LoopStateFile;
import io.fusionize.protocol.json.ProtocolJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class StateDirectoryFeedTests {

    @TempDir
    Path state;

    @Test
    void aKeptSnapshotIsShownAsItIs() throws Exception {
        Files.writeString(state.resolve(SnapshotFile.NAME), "{\"application\":\"chain\",\"finished\":true}");

        assertThat(StateDirectoryFeed.open(state, null).get()).isEqualTo("{\"application\":\"chain\",\"finished\":true}");
    }

    @Test
    void aLoopWithoutSnapshotIsShownFromItsStateAndDecisionLog() throws Exception {
        Setup remote = setup(1, Set.of());
        Setup fused = setup(2, Set.of("Work"));
        new LoopStateFile(state, ChainApplication.NAME).write(new LoopState(ChainApplication.NAME, 1, 2,
                List.of(new LoopEntry(remote, "initial", false, null), new LoopEntry(fused, "v1 → v2", false, null)),
                false, null));
        Files.writeString(state.resolve("decisions-chain.log"), "2026-01-01T10:00:00Z v1: chain v1: ...\n"
                + "2026-01-01T10:01:00Z round 1: v1 → v2: inline Work into Front. Because it is called sync.\n");

        Supplier<String> feed = StateDirectoryFeed.open(state, null);
        JsonNode snapshot = ProtocolJson.mapper().readTree(feed.get());

        assertThat(snapshot.path("mode").asText()).isEqualTo(DashboardModel.MODE_STATE);
        assertThat(snapshot.path("setup").path("version").asInt()).isEqualTo(2);
        assertThat(snapshot.path("setup").path("edges").findValues("inline")).anyMatch(JsonNode::asBoolean);
        assertThat(snapshot.path("rounds")).hasSize(1);
        assertThat(snapshot.path("rounds").get(0).path("version").asInt()).isEqualTo(1);
        assertThat(snapshot.path("rounds").get(0).path("decision").asText()).startsWith("v1 → v2: inline Work");
        assertThat(snapshot.path("status").asText()).startsWith("round 1, serving v2, exploring");
        ((AutoCloseable) feed).close();
    }

    @Test
    void aDirectoryWithNeitherIsRefusedWithWhatToGive() {
        assertThatIllegalArgumentException().isThrownBy(() -> StateDirectoryFeed.open(state, null))
                .withMessageContaining("holds no dashboard snapshot and no loop state");
    }

    private static Setup setup(int version, Set<String> inline) {
        return new Setup(ChainApplication.NAME, version, List.of(new FunctionSpec("Front", 1024, inline, Set.of()),
                new FunctionSpec("Work", 1024, Set.of(), Set.of()), new FunctionSpec("Log", 1024, Set.of(), Set.of())));
    }
}
