package io.fusionize.experiment.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.fusionize.api.Application;
import io.fusionize.api.Calls;
import io.fusionize.api.Task;
import io.fusionize.core.app.Applications;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.core.setup.SetupText;
import io.fusionize.core.setup.SetupValidator;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SetupSpaceTests {

    private static final Task<String, String> ECHO = new Echo();

    @Test
    void aChainOfSyncCallsHasTwoToTheEdgesRoutings() {
        SetupSpace space = SetupSpace.of(app("chain", builder -> builder
                .entry("A", ECHO, Calls.sync("B")).task("B", ECHO, Calls.sync("C")).task("C", ECHO, Calls.none())));

        assertThat(space.edges()).hasToString("[A -sync-> B, B -sync-> C]");
        assertThat(space.remoteAsyncRoutings()).extracting(SetupSpace::text)
                .containsExactly("A@1024, B@1024, C@1024", "A+B@1024, C@1024", "A@1024, B+C@1024", "A+B+C@1024");
        assertThat(space.size(1)).isEqualTo(new SpaceSize(4, 4, 1, true));
        assertThat(space.size(3).setups()).isEqualTo(12);
    }

    @Test
    void choicesThatGiveTheSameSetupCountOnce() {
        // With B inline in A, C runs inline as soon as either caller inlines it: 6 setups of 2^3 choices.
        SetupSpace space = SetupSpace.of(app("diamond", builder -> builder
                .entry("A", ECHO, Calls.sync("B", "C")).task("B", ECHO, Calls.sync("C")).task("C", ECHO, Calls.none())));

        assertThat(space.edges()).hasSize(3);
        assertThat(space.allRoutings().orElseThrow()).extracting(SetupSpace::text).containsExactlyInAnyOrder(
                "A@1024, B@1024, C@1024", "A@1024, B+C@1024, C@1024", "A+C@1024, B@1024, C@1024",
                "A+C@1024, B+C@1024", "A+B@1024, C@1024", "A+B+C@1024");
        everyOneValidWithoutWarnings(space.allRoutings().orElseThrow(), space.application());
    }

    @Test
    void iotKeepingAsyncCallsRemoteHasTwoToTheFiveRoutings() {
        SetupSpace space = SetupSpace.of(Applications.find("iot"));

        assertThat(space.edges()).hasSize(10);
        assertThat(space.syncEdges()).hasSize(5);
        List<Setup> routings = space.remoteAsyncRoutings();
        assertThat(routings).hasSize(32).doesNotHaveDuplicates();
        assertThat(routings).allSatisfy(setup -> assertThat(setup.functions()).allSatisfy(
                function -> assertThat(function.inlineAsync()).isEmpty()));
        everyOneValidWithoutWarnings(routings, space.application());
    }

    @Test
    void iotsWholeSpaceIsEveryDistinctRoutingOfItsTenEdges() {
        SetupSpace space = SetupSpace.of(Applications.find("iot"));

        List<Setup> all = space.allRoutings().orElseThrow();

        // 2^10 choices; where CT and CA both run inline, their calls to AS share one rule.
        assertThat(all).hasSize(896).doesNotHaveDuplicates();
        assertThat(space.size(3)).isEqualTo(new SpaceSize(896, 32, 3, true));
        everyOneValidWithoutWarnings(all, space.application());
    }

    @Test
    void treeHasEightRoutingsWithAsyncCallsRemoteAndSixtyFourInAll() {
        SetupSpace space = SetupSpace.of(Applications.find("tree"));

        assertThat(space.size(1)).isEqualTo(new SpaceSize(64, 8, 1, true));
        everyOneValidWithoutWarnings(space.allRoutings().orElseThrow(), space.application());
    }

    @Test
    void allRemoteAndAllLocalAreTheGeneratorsBaselines() {
        Application iot = Applications.find("iot");
        SetupSpace space = SetupSpace.of(iot);

        assertThat(SetupText.format(space.allRemote())).isEqualTo(SetupText.format(SetupGenerators.allRemote(iot)));
        assertThat(SetupText.format(space.allLocal())).isEqualTo(SetupText.format(SetupGenerators.allLocal(iot)));
    }

    @Test
    void aCallBackToTheEntryStaysRemoteAndTheSetupStaysValid() {
        SetupSpace space = SetupSpace.of(app("loop", builder -> builder
                .entry("A", ECHO, Calls.sync("B")).task("B", ECHO, Calls.sync("A"))));

        assertThat(SetupSpace.text(space.allLocal())).isEqualTo("A+B@1024");
        everyOneValidWithoutWarnings(space.allRoutings().orElseThrow(), space.application());
    }

    @Test
    void tasksNoEntryReachesHaveNoEdgesAndNoFunction() {
        SetupSpace space = SetupSpace.of(app("orphan", builder -> builder
                .entry("A", ECHO, Calls.sync("B")).task("B", ECHO, Calls.none()).task("Z", ECHO, Calls.sync("B"))));

        assertThat(space.edges()).hasToString("[A -sync-> B]");
        assertThat(SetupSpace.text(space.allRemote())).isEqualTo("A@1024, B@1024");
        everyOneValidWithoutWarnings(space.allRoutings().orElseThrow(), space.application());
    }

    @Test
    void samplingIsSeededReproducibleAndSkipsWhatIsTaken() {
        SetupSpace space = SetupSpace.of(Applications.find("iot"));
        List<Setup> taken = space.remoteAsyncRoutings();

        List<Setup> first = space.sample(6, 7, taken);
        List<Setup> again = space.sample(6, 7, taken);
        List<Setup> other = space.sample(6, 8, taken);

        assertThat(first).hasSize(6).doesNotHaveDuplicates().isEqualTo(again).isNotEqualTo(other);
        assertThat(first).extracting(SetupSpace::text).doesNotContainAnyElementsOf(
                taken.stream().map(SetupSpace::text).toList());
        everyOneValidWithoutWarnings(first, space.application());
    }

    @Test
    void samplingMoreThanTheRestGivesTheRest() {
        SetupSpace space = SetupSpace.of(Applications.find("tree"));

        assertThat(space.sample(100, 1, space.remoteAsyncRoutings())).hasSize(64 - 8);
    }

    @Test
    void aSpaceTooLargeToEnumerateIsBoundedAndStillSampled() {
        String[] callees = IntStream.range(0, 17).mapToObj(i -> "T" + i).toArray(String[]::new);
        SetupSpace space = SetupSpace.of(app("wide", builder -> {
            builder.entry("A", ECHO, Calls.sync(callees));
            for (String callee : callees) {
                builder.task(callee, ECHO, Calls.none());
            }
        }));

        assertThat(space.size(1)).isEqualTo(new SpaceSize(1L << 17, 1L << 17, 1, false));
        assertThat(space.size(1).describe()).startsWith("at most 131072 setups");
        assertThatThrownBy(space::remoteAsyncRoutings).hasMessageContaining("choose sample:N instead of all");
        List<Setup> drawn = space.sample(3, 42, List.of(space.allRemote()));
        assertThat(drawn).hasSize(3).doesNotHaveDuplicates().isEqualTo(space.sample(3, 42, List.of(space.allRemote())));
        everyOneValidWithoutWarnings(drawn, space.application());
    }

    @Test
    void aRoutingOfChosenEdgesInlinesExactlyThose() {
        SetupSpace space = SetupSpace.of(Applications.find("tree"));
        Edge asyncC = space.edges().stream().filter(e -> e.callee().equals("C")).findFirst().orElseThrow();

        assertThat(SetupSpace.text(space.routing(Set.of(asyncC))))
                .isEqualTo("A&C@1024, B@1024, D@1024, E@1024, F@1024, G@1024");
        assertThat(SetupSpace.text(SetupSpace.atMemory(space.allLocal(), 512))).isEqualTo("A+B+D+E&C&F&G@512");
    }

    private static void everyOneValidWithoutWarnings(List<Setup> setups, Application application) {
        assertThat(setups).allSatisfy(setup -> {
            assertThat(SetupValidator.validate(setup, application)).as(SetupSpace.text(setup)).isEmpty();
            assertThat(SetupValidator.warnings(setup, application)).as(SetupSpace.text(setup)).isEmpty();
        });
    }

    private static Application app(String name, java.util.function.Consumer<Application.Builder> tasks) {
        Application.Builder builder = Application.builder(name);
        tasks.accept(builder);
        return builder.build();
    }

    /** Answers with its input. */
    private static final class Echo implements Task<String, String> {

        @Override
        public String run(String input, io.fusionize.api.TaskContext context) {
            return input;
        }
    }
}
