package io.fusionize.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.core.app.Applications;
import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.dashboard.fixture.ChainApplication;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class SetupGraphTests {

    private final io.fusionize.api.Application chain = Applications.find(ChainApplication.NAME);

    @Test
    void aFunctionHoldsTheTasksItsInlineCallsReach() {
        Setup setup = new Setup("chain", 2, List.of(new FunctionSpec("Front", 512, Set.of("Work"), Set.of()),
                new FunctionSpec("Log", 128, Set.of(), Set.of())));

        SetupGraph graph = SetupGraph.of(setup, chain);

        assertThat(graph.functions()).extracting(SetupGraph.Box::entry, SetupGraph.Box::memoryMb,
                SetupGraph.Box::tasks).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Front", 512, List.of("Front", "Work")),
                        org.assertj.core.groups.Tuple.tuple("Log", 128, List.of("Log")));
        assertThat(graph.text()).isEqualTo("chain v2: Front+Work@512, Log@128");
    }

    @Test
    void eachCallIsSyncOrAsyncAndInlineOrRemote() {
        Setup setup = new Setup("chain", 2, List.of(new FunctionSpec("Front", 512, Set.of("Work"), Set.of()),
                new FunctionSpec("Log", 128, Set.of(), Set.of())));

        SetupGraph graph = SetupGraph.of(setup, chain);

        assertThat(graph.edges()).containsExactlyInAnyOrder(
                new SetupGraph.Edge("Front", "Front", "Front", "Work", true, true),
                new SetupGraph.Edge("Front", "Front", "Log", "Log", false, false));
    }

    @Test
    void allRemoteHasOneBoxPerTaskAndOnlyRemoteEdges() {
        Setup setup = io.fusionize.core.setup.SetupGenerators.allRemote(chain).withVersion(1);

        SetupGraph graph = SetupGraph.of(setup, chain);

        assertThat(graph.functions()).hasSize(3).allSatisfy(box -> assertThat(box.tasks()).hasSize(1));
        assertThat(graph.edges()).hasSize(2).noneMatch(SetupGraph.Edge::inline);
    }
}
