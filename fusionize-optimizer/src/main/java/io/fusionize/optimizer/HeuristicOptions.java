package io.fusionize.optimizer;

import io.fusionize.protocol.billing.PriceTable;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Settings of the {@link FusionizeHeuristic}.
 *
 * @param memorySizesMb the memory sizes to sweep, in the order they are tried
 * @param prices the prices that turn billed duration into cost per invocation
 * @param judge ranks measured setups, to name the best one at convergence
 */
public record HeuristicOptions(List<Integer> memorySizesMb, PriceTable prices, SetupJudge judge) {

    /** The memory sizes the paper's prototype tried, in MB. */
    public static final List<Integer> PAPER_MEMORY_SIZES = List.of(128, 768, 1024, 1536, 1650, 2048);

    /** Checks the parts and freezes the size list. */
    public HeuristicOptions {
        memorySizesMb = List.copyOf(Objects.requireNonNull(memorySizesMb, "memorySizesMb must not be null"));
        Objects.requireNonNull(prices, "prices must not be null");
        Objects.requireNonNull(judge, "judge must not be null");
        if (memorySizesMb.isEmpty()) {
            throw new IllegalArgumentException("memorySizesMb must name at least one size");
        }
        if (memorySizesMb.stream().anyMatch(size -> size <= 0)) {
            throw new IllegalArgumentException("memory sizes must be positive, were " + memorySizesMb);
        }
        if (new HashSet<>(memorySizesMb).size() != memorySizesMb.size()) {
            throw new IllegalArgumentException("memory sizes must be distinct, were " + memorySizesMb);
        }
    }

    /** @return the paper's sizes, AWS x86 prices and the default judge */
    public static HeuristicOptions defaults() {
        return new HeuristicOptions(PAPER_MEMORY_SIZES, PriceTable.awsX86(), new SetupJudge());
    }

    /**
     * @param sizesMb the memory sizes to sweep
     * @return these options with those sizes
     */
    public HeuristicOptions withMemorySizes(List<Integer> sizesMb) {
        return new HeuristicOptions(sizesMb, prices, judge);
    }

    /**
     * @param table the prices to use
     * @return these options with those prices
     */
    public HeuristicOptions withPrices(PriceTable table) {
        return new HeuristicOptions(memorySizesMb, table, judge);
    }

    /**
     * @param goal what the setup the heuristic ends on must be best at
     * @return these options with a judge that ranks by that goal
     */
    public HeuristicOptions withGoal(Goal goal) {
        return withJudge(judge.withGoal(goal));
    }

    /**
     * @param setupJudge the judge to use
     * @return these options with that judge
     */
    public HeuristicOptions withJudge(SetupJudge setupJudge) {
        return new HeuristicOptions(memorySizesMb, prices, setupJudge);
    }
}
