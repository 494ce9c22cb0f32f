package io.fusionize.optimizer.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CandidateSearchTests {

    private static final SimulatedApplication TREE = SimulatedApplication.tree();
    private static final SimulatedApplication IOT = SimulatedApplication.iot();
    private static final List<Integer> SIZES = List.of(768, 1650, 2048);
    private static final ModelOptions OPTIONS = ModelOptions.defaults().withMemorySizes(SIZES);

    @Test
    void coordinateDescentFindsTheBestSizesOfARoutingAsTryingEveryCombinationDoes() {
        FusionSpace space = new FusionSpace(IOT.entries(), GroundTruth.edges(IOT));
        Objective objective = GroundTruth.objective(IOT, OPTIONS.withLatencyWeight(0.7));
        CandidateSearch search = new CandidateSearch(space, IOT::truth, tasks -> SIZES, objective,
                IOT.allRemote(1024), List.of(), 12);
        List<Predicate<CallKey>> routings = List.of(CallKey::sync, edge -> true,
                edge -> edge.sync() || edge.callee().equals("AS"), edge -> edge.sync() && !edge.callee().equals("CW"));

        for (Predicate<CallKey> inline : routings) {
            FusionPlan plan = space.plan(choices(space, inline));
            Candidate found = search.bestMemory(plan).orElseThrow();
            assertThat(found.score()).as("sizes of %s", plan.key())
                    .isLessThanOrEqualTo(bruteForce(plan, objective) * 1.001);
            assertThat(found.setup().functions()).as("not simply the smallest sizes")
                    .anyMatch(f -> plan.tasks().containsKey(f.entry()) && f.memoryMb() > SIZES.get(0));
        }
    }

    @Test
    void evaluatesEveryRoutingOnceWhenThereAreFewEdges() {
        FusionSpace space = new FusionSpace(TREE.entries(), GroundTruth.edges(TREE));

        SearchResult search = new CandidateSearch(space, TREE::truth, tasks -> SIZES,
                GroundTruth.objective(TREE, OPTIONS), TREE.allRemote(1024), List.of(), 12).run();

        assertThat(space.edges()).hasSize(6);
        assertThat(search.routings()).isEqualTo(64);
        assertThat(search.ranked()).hasSize(64);
    }

    @Test
    void keepsOnTheFrontOnlyWhatNothingBeatsOnLatencyAndCost() {
        FusionSpace space = new FusionSpace(TREE.entries(), GroundTruth.edges(TREE));
        SearchResult search = new CandidateSearch(space, TREE::truth, tasks -> SIZES,
                GroundTruth.objective(TREE, OPTIONS), TREE.allRemote(1024), List.of(), 12).run();

        assertThat(search.front()).isNotEmpty().contains(search.best().orElseThrow());
        for (Candidate onFront : search.front()) {
            assertThat(search.ranked()).noneMatch(other -> other.dominates(onFront));
        }
        assertThat(search.ranked()).filteredOn(c -> !search.front().contains(c))
                .allMatch(c -> search.front().stream().anyMatch(f -> f.dominates(c)));
    }

    @Test
    void neverReturnsAnExcludedSetup() {
        FusionSpace space = new FusionSpace(TREE.entries(), GroundTruth.edges(TREE));
        Objective objective = GroundTruth.objective(TREE, OPTIONS);
        Setup best = new CandidateSearch(space, TREE::truth, tasks -> SIZES, objective, TREE.allRemote(1024),
                List.of(), 12).run().best().orElseThrow().setup();

        SearchResult without = new CandidateSearch(space, TREE::truth, tasks -> SIZES, objective,
                TREE.allRemote(1024), List.of(best.withVersion(7)), 12).run();

        assertThat(without.ranked()).noneMatch(c -> PlanKeys.of(c.setup()).equals(PlanKeys.of(best)));
        assertThat(without.ranked()).hasSameSizeAs(without.ranked().stream().map(c -> PlanKeys.of(c.setup()))
                .distinct().toList());
    }

    private static boolean[] choices(FusionSpace space, Predicate<CallKey> inline) {
        boolean[] choices = new boolean[space.edges().size()];
        for (int i = 0; i < choices.length; i++) {
            choices[i] = inline.test(space.edges().get(i));
        }
        return choices;
    }

    // Every assignment of the sizes to the routing's reached functions.
    private static double bruteForce(FusionPlan plan, Objective objective) {
        List<FunctionSpec> live = plan.live();
        double best = Double.MAX_VALUE;
        int combinations = (int) Math.pow(SIZES.size(), live.size());
        for (int code = 0; code < combinations; code++) {
            Map<String, Integer> memory = new LinkedHashMap<>();
            int rest = code;
            for (FunctionSpec f : live) {
                memory.put(f.entry(), SIZES.get(rest % SIZES.size()));
                rest /= SIZES.size();
            }
            best = Math.min(best, objective.score(IOT.truth(plan.toSetup(IOT.allRemote(1024), memory, 1))));
        }
        return best;
    }
}
