package io.fusionize.optimizer.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.SetupText;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FusionSpaceTests {

    private static final SimulatedApplication IOT = SimulatedApplication.iot();
    private static final FusionSpace SPACE = new FusionSpace(List.of("I"), GroundTruth.edges(IOT));

    @Test
    void reachesEveryTaskAsItsOwnFunctionWhenEverythingIsRemote() {
        FusionPlan plan = SPACE.plan(choices(edge -> false));

        assertThat(plan.live()).extracting(FunctionSpec::entry).containsExactlyInAnyOrder("I", "CW", "SE", "CT", "CS",
                "CSL", "CSA", "CA", "DJ", "AS");
        assertThat(plan.live()).allSatisfy(f -> assertThat(f.inlineSync()).isEmpty());
    }

    @Test
    void givesThePapersFusionWhenSyncCallsAreInlineAndAsyncCallsRemote() {
        FusionPlan plan = SPACE.plan(choices(CallKey::sync));

        String setup = SetupText.format(plan.toSetup(IOT.allRemote(512), sizes(plan, 256), 4));

        assertThat(setup).isEqualTo("iot v4: I+CW+SE@256, CW@512, SE@512, CT@256, CS+CSL+CSA@256, CSL@512, CSA@512, "
                + "CA+DJ@256, DJ@512, AS@256");
        assertThat(plan.live()).extracting(FunctionSpec::entry).containsExactly("I", "CT", "CS", "CA", "AS");
        assertThat(plan.tasks().get("CS")).containsExactly("CS", "CSL", "CSA");
    }

    @Test
    void inlinesACalleeForEveryCallerInAFunctionOnceOneCallerDoes() {
        FusionPlan plan = SPACE.plan(choices(edge -> !edge.sync() && edge.caller().equals("I")
                || edge.callee().equals("AS") && edge.caller().equals("CT")));

        FunctionSpec root = plan.live().get(0);
        assertThat(root.inlineAsync()).containsExactlyInAnyOrder("CT", "CS", "CA", "AS");
        assertThat(plan.live()).extracting(FunctionSpec::entry).doesNotContain("AS");
    }

    @Test
    void namesEqualRoutingsAlike() {
        FusionPlan one = SPACE.plan(choices(edge -> !edge.sync() && edge.caller().equals("I")
                || edge.callee().equals("AS") && edge.caller().equals("CT")));
        FusionPlan other = SPACE.plan(choices(edge -> !edge.sync() && edge.caller().equals("I")
                || edge.callee().equals("AS")));

        assertThat(one.key()).isEqualTo(other.key());
        assertThat(one.key()).isNotEqualTo(SPACE.plan(choices(edge -> false)).key());
    }

    private static boolean[] choices(java.util.function.Predicate<CallKey> inline) {
        List<CallKey> edges = SPACE.edges();
        boolean[] choices = new boolean[edges.size()];
        for (int i = 0; i < choices.length; i++) {
            choices[i] = inline.test(edges.get(i));
        }
        return choices;
    }

    private static Map<String, Integer> sizes(FusionPlan plan, int memoryMb) {
        return plan.live().stream().collect(Collectors.toMap(FunctionSpec::entry, f -> memoryMb));
    }
}
