package io.fusionize.experiment.explore;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

import io.fusionize.optimizer.model.ModelOptions;

/**
 * The best eligible setup per objective.
 *
 * <ul>
 *   <li>latency: the lowest median; ties go to the cheaper setup;
 *   <li>cost: the lowest cost per 1,000 requests; ties go to the faster setup;
 *   <li>balanced: the model-based optimizer's objective, {@code w x p50 / p50(ref) + (1 - w) x cost /
 *       cost(ref)} with its default weight {@code w} and all-remote as measured for the reference, as
 *       the optimizer takes its initial all-remote setup; when all-remote has no eligible
 *       measurement, the fastest and the cheapest measured setup serve as references instead.
 * </ul>
 *
 * Remaining ties go to the lower index.
 */
final class Objectives {

    private final List<MeasuredSetup> setups;
    private final List<Integer> eligible;

    Objectives(List<MeasuredSetup> setups) {
        this.setups = setups;
        this.eligible = IntStream.range(0, setups.size()).filter(i -> setups.get(i).eligible()).boxed().toList();
    }

    /** @return the fastest setup's index, if any setup is eligible */
    Optional<Integer> latency() {
        return best(Comparator.comparingDouble((Integer i) -> setups.get(i).p50Ms())
                .thenComparingDouble(i -> setups.get(i).costPer1kUsd()));
    }

    /** @return the cheapest setup's index, if any setup is eligible */
    Optional<Integer> cost() {
        return best(Comparator.comparingDouble((Integer i) -> setups.get(i).costPer1kUsd())
                .thenComparingDouble(i -> setups.get(i).p50Ms()));
    }

    /**
     * @param reference the index of all-remote, when it was measured
     * @return the balanced objective's best index, and the objective in words
     */
    Optional<Balanced> balanced(OptionalInt reference) {
        if (eligible.isEmpty()) {
            return Optional.empty();
        }
        double weight = ModelOptions.defaults().latencyWeight();
        boolean byReference = reference.isPresent() && eligible.contains(reference.getAsInt());
        MeasuredSetup fastest = setups.get(latency().orElseThrow());
        MeasuredSetup cheapest = setups.get(cost().orElseThrow());
        double p50 = byReference ? setups.get(reference.getAsInt()).p50Ms() : fastest.p50Ms();
        double cost = byReference ? setups.get(reference.getAsInt()).costPer1kUsd() : cheapest.costPer1kUsd();
        double w = byReference ? weight : 1;
        double v = byReference ? 1 - weight : 1;
        ToDoubleFunction<Integer> score = i -> w * setups.get(i).p50Ms() / p50 + v * setups.get(i).costPer1kUsd() / cost;
        int best = best(Comparator.comparingDouble(score).thenComparingDouble(i -> setups.get(i).p50Ms())).orElseThrow();
        String rule = byReference
                ? String.format(Locale.ROOT, "the model-based optimizer's objective: %.2f x p50 / %.1f ms + %.2f x "
                        + "cost / $%.4f, relative to all-remote as measured", w, p50, v, cost)
                : String.format(Locale.ROOT, "p50 / %.1f ms + cost / $%.4f, relative to the fastest and the cheapest "
                        + "measured setup (all-remote had no complete measurement)", p50, cost);
        return Optional.of(new Balanced(best, rule));
    }

    private Optional<Integer> best(Comparator<Integer> order) {
        return eligible.stream().min(order.thenComparingInt(i -> i));
    }

    /**
     * The balanced objective's pick.
     *
     * @param index the best setup's index
     * @param rule the objective in words, with its references
     */
    record Balanced(int index, String rule) {
    }
}
