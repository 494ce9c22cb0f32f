package io.fusionize.experiment.explore;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What an exploration found: every measured setup, the Pareto front of median latency and cost, and
 * the best setup per objective. Only setups whose every request was answered can be on the front
 * or best. Objectives are defined in {@link Objectives}.
 *
 * @param setupsInSpace how many setups the application's space holds
 * @param setups the measured setups; indexes refer to this list
 * @param front the indexes of the Pareto-optimal setups, fastest first
 * @param best the best setup per objective
 * @param balancedRule the balanced objective in words, with its references; empty when nothing was eligible
 */
public record Oracle(long setupsInSpace, List<MeasuredSetup> setups, List<Integer> front, Best best,
        String balancedRule) {

    /** Checks the parts and freezes the lists. */
    public Oracle {
        setups = List.copyOf(setups);
        front = List.copyOf(front);
        Objects.requireNonNull(best, "best must not be null");
        Objects.requireNonNull(balancedRule, "balancedRule must not be null");
    }

    /**
     * @param setupsInSpace how many setups the space holds
     * @param setups the measured setups
     * @param allRemote the index of all-remote at the first memory size, when it was measured: the
     *     balanced objective's reference
     * @return the oracle
     */
    public static Oracle of(long setupsInSpace, List<MeasuredSetup> setups, OptionalInt allRemote) {
        Objectives objectives = new Objectives(setups);
        var balanced = objectives.balanced(allRemote);
        Best best = new Best(balanced.map(Objectives.Balanced::index).orElse(null),
                objectives.latency().orElse(null), objectives.cost().orElse(null));
        return new Oracle(setupsInSpace, setups, ParetoFront.of(setups), best,
                balanced.map(Objectives.Balanced::rule).orElse(""));
    }

    /** @return how many setups were measured */
    public int measured() {
        return setups.size();
    }

    /**
     * The best setup per objective, by index; {@code null} when no setup was eligible.
     *
     * @param balanced the best by the balanced objective
     * @param latency the fastest
     * @param cost the cheapest
     */
    public record Best(Integer balanced, Integer latency, Integer cost) {
    }
}
