package io.fusionize.optimizer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fusionize.core.setup.Setup;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A routing kept up to date flip by flip forecasts what the whole model forecasts for the same
 * setup, on a random call tree of 200 tasks and on a forest of three entries. The two add up their
 * terms in different orders, so they agree to rounding (a relative 10^-9).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TreeRoutingTests {

    private static final RandomTreeModel FIXTURE = new RandomTreeModel(200, 1, 11);
    private static final RandomTreeModel FOREST = new RandomTreeModel(120, 3, 4);
    private static final double RELATIVE = 1e-9;
    private static final int CHANGES = 400;

    @Test
    void theFixtureIsATreeOfTasksKnownAtEverySizeWithMeasuredCorrections() {
        assertThat(FIXTURE.tree.size()).isEqualTo(200);
        assertThat(FIXTURE.model.tasks()).allMatch(TaskProfile::splitKnown);
        CompiledSetup compiled = CompiledSetup.compile(FIXTURE.fused, FIXTURE.model.profiles(), FIXTURE.model.mix(),
                FIXTURE.model.corrections());
        long corrected = IntStream.range(0, compiled.size())
                .filter(i -> !Double.isNaN(compiled.function(i).correctionMs())).count();
        assertThat(corrected).as("functions of the measured fused setup with a correction").isGreaterThan(5);
    }

    @Test
    void forecastsAsTheWholeModelAfterEveryRandomFlipAndResize() {
        forecastsAsTheWholeModelThroughRandomChanges(FIXTURE, 5);
    }

    @Test
    void forecastsAForestOfSeveralEntriesAsTheWholeModel() {
        assertThat(FOREST.tree.roots()).isEqualTo(3);
        assertThat(FOREST.model.entryShares()).hasSize(3);
        forecastsAsTheWholeModelThroughRandomChanges(FOREST, 6);
    }

    private static void forecastsAsTheWholeModelThroughRandomChanges(RandomTreeModel fixture, long seed) {
        TreeRouting routing = fixture.routingOf(fixture.fused);
        Random random = new Random(seed);
        assertForecastsAsModel(fixture, routing, "the measured fused setup");
        for (int change = 0; change < CHANGES; change++) {
            String what = changeAtRandom(fixture, routing, random);
            assertForecastsAsModel(fixture, routing, "after change " + change + ", " + what);
        }
    }

    @Test
    void undoingAFlipRestoresTheVeryForecastBeforeIt() {
        TreeRouting routing = FIXTURE.routingOf(FIXTURE.fused);
        Random random = new Random(9);
        for (int change = 0; change < CHANGES; change++) {
            double latency = routing.latencyMs();
            double cost = routing.costUsd();
            int task = FIXTURE.tree.roots() + random.nextInt(FIXTURE.tree.size() - FIXTURE.tree.roots());
            int size = routing.heads(task) ? routing.size(task) : random.nextInt(FIXTURE.table.sizes());
            routing.flip(task, size);
            routing.flip(task, size);
            assertThat(routing.latencyMs()).isEqualTo(latency);
            assertThat(routing.costUsd()).isEqualTo(cost);
            changeAtRandom(routing, random);
        }
    }

    @Test
    void allowsEachFunctionTheSizesTheModelAllowsItsTasks() {
        TreeRouting routing = FIXTURE.routingOf(FIXTURE.fused);
        TreeSizes sizes = new TreeSizes(FIXTURE.tree, FIXTURE.table, FIXTURE.model);
        ModelSizeRules rules = new ModelSizeRules(FIXTURE.model);
        Random random = new Random(3);
        for (int change = 0; change < CHANGES / 10; change++) {
            Setup setup = routing.toSetup(FIXTURE.reference);
            for (int entry : RandomTreeModel.heads(routing)) {
                Set<String> tasks = FunctionClosure.tasks(setup.function(FIXTURE.tree.name(entry)).orElseThrow(),
                        FIXTURE.model.profiles());
                assertThat(sizesOf(sizes.allowed(routing, entry))).as("sizes of %s", tasks)
                        .isEqualTo(rules.allowed(tasks));
            }
            changeAtRandom(routing, random);
        }
    }

    private static List<Integer> sizesOf(long allowed) {
        return IntStream.range(0, FIXTURE.table.sizes()).filter(s -> (allowed >> s & 1) == 1)
                .mapToObj(FIXTURE.table::sizeMb).toList();
    }

    private static String changeAtRandom(TreeRouting routing, Random random) {
        return changeAtRandom(FIXTURE, routing, random);
    }

    // Flips a random call, or resizes a random function, to a random size.
    private static String changeAtRandom(RandomTreeModel fixture, TreeRouting routing, Random random) {
        int size = random.nextInt(fixture.table.sizes());
        if (random.nextInt(3) == 0) {
            List<Integer> heads = RandomTreeModel.heads(routing);
            int entry = heads.get(random.nextInt(heads.size()));
            routing.resize(entry, size);
            return "resize " + fixture.tree.name(entry) + " to " + fixture.table.sizeMb(size) + " MB";
        }
        int task = fixture.tree.roots() + random.nextInt(fixture.tree.size() - fixture.tree.roots());
        String what = (routing.heads(task) ? "inline " : "remote ") + fixture.tree.name(task);
        routing.flip(task, size);
        return what;
    }

    private static void assertForecastsAsModel(RandomTreeModel fixture, TreeRouting routing, String when) {
        Prediction whole = fixture.model.predict(routing.toSetup(fixture.reference));
        assertThat(routing.latencyMs()).as("latency %s", when)
                .isCloseTo(whole.rootLatencyP50Ms(), within(whole.rootLatencyP50Ms() * RELATIVE));
        assertThat(routing.costUsd()).as("cost %s", when)
                .isCloseTo(whole.costPer1000RootRequestsUsd(), within(whole.costPer1000RootRequestsUsd() * RELATIVE));
        Map<String, Double> durations = whole.functions().stream()
                .collect(Collectors.toMap(FunctionPrediction::entry, FunctionPrediction::meanDurationMs));
        assertThat(RandomTreeModel.heads(routing)).hasSize(durations.size());
        for (int entry : RandomTreeModel.heads(routing)) {
            double expected = durations.get(fixture.tree.name(entry));
            assertThat(routing.durationMs(entry)).as("duration of %s %s", fixture.tree.name(entry), when)
                    .isCloseTo(expected, within(expected * RELATIVE));
        }
    }
}
