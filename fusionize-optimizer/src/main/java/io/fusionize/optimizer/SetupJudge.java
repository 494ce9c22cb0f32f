package io.fusionize.optimizer;

import io.fusionize.monitor.FunctionStatistics;
import io.fusionize.monitor.SetupStatistics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Judges measured setups: whether one is bad and must be rolled back, and which one is best.
 *
 * <p>A setup is bad when any invocation timed out, ran out of memory or crashed, or when its error
 * ratio (invocations or clients, whichever is higher) exceeds the previous best's by more than a
 * tolerance. The best setup has the lowest median root latency; setups whose median lies within a
 * relative tolerance of it, or whose median's 95 % confidence interval overlaps its own, count as
 * tied, and the cheapest of those wins. The intervals keep a difference that one more sample could
 * reverse from costing money: a short round on a shared machine measures medians several percent
 * apart for the same setup.
 *
 * <p>With several entry tasks, a setup's median is the traffic-weighted mean of its entries'
 * medians, each entry weighted by its share of root requests, and its cost is that of 1,000 root
 * requests of the measured mix, summed over the entries. The median of all requests mixed would
 * lie inside the busiest entry's distribution and ignore a quieter entry getting faster; the
 * weighted mean moves with every entry by its share. Its confidence interval combines the entries'
 * as independent errors.
 *
 * <p>A {@link Goal} other than {@link Goal#BALANCED} replaces that ranking: among the setups that
 * meet its bound, the one with the lowest figure it names wins (median or cost, the other breaking
 * ties); when none meets the bound, the one that misses it by the least.
 */
public final class SetupJudge {

    /** The default relative latency tolerance: latencies within 5 % of the lowest are ties. */
    public static final double DEFAULT_LATENCY_TIE = 0.05;
    /** The default error ratio tolerance: any rise is bad. */
    public static final double DEFAULT_ERROR_TOLERANCE = 0.0;

    private final double latencyTie;
    private final double errorTolerance;
    private final Goal goal;

    /** A judge with the default tolerances. */
    public SetupJudge() {
        this(DEFAULT_LATENCY_TIE, DEFAULT_ERROR_TOLERANCE);
    }

    /**
     * @param latencyTie relative latency difference below which two setups tie, e.g. 0.05
     * @param errorTolerance absolute error ratio rise tolerated before a setup is bad, e.g. 0.01
     */
    public SetupJudge(double latencyTie, double errorTolerance) {
        this(latencyTie, errorTolerance, Goal.BALANCED);
    }

    private SetupJudge(double latencyTie, double errorTolerance, Goal goal) {
        if (latencyTie < 0 || errorTolerance < 0) {
            throw new IllegalArgumentException("tolerances must not be negative");
        }
        this.latencyTie = latencyTie;
        this.errorTolerance = errorTolerance;
        this.goal = Objects.requireNonNull(goal, "goal must not be null");
    }

    /**
     * @param objective what the best setup is best at
     * @return this judge, ranking setups by that goal
     */
    public SetupJudge withGoal(Goal objective) {
        return new SetupJudge(latencyTie, errorTolerance, objective);
    }

    /** @return the goal setups are ranked by */
    public Goal goal() {
        return goal;
    }

    /**
     * @param candidate the statistics of a newly deployed setup
     * @param previousBest the statistics of the best setup before it, if there is one
     * @return whether the candidate must be rolled back, and why
     */
    public Verdict judge(SetupStatistics candidate, Optional<SetupStatistics> previousBest) {
        List<String> reasons = new ArrayList<>();
        candidate.functions().forEach(f -> describeResourceFailures(f, reasons));
        previousBest.ifPresent(best -> compareErrors(candidate, best, reasons));
        return Verdict.of(reasons);
    }

    private static void describeResourceFailures(FunctionStatistics f, List<String> reasons) {
        String where = f.functionName() + " at " + f.memoryMb() + " MB";
        addIfAny(reasons, f.timeouts(), where + ": %d invocations timed out");
        addIfAny(reasons, f.outOfMemory(), where + ": %d invocations ran out of memory");
        addIfAny(reasons, f.exitErrors(), where + ": %d invocations crashed");
    }

    private static void addIfAny(List<String> reasons, long count, String format) {
        if (count > 0) {
            reasons.add(String.format(Locale.ROOT, format, count));
        }
    }

    private void compareErrors(SetupStatistics candidate, SetupStatistics best, List<String> reasons) {
        compareRatio("invocation error ratio", candidate.errorRatio(), best.errorRatio(), best, reasons);
        compareRatio("client error ratio", candidate.clientErrorRatio(), best.clientErrorRatio(), best, reasons);
    }

    private void compareRatio(String what, double candidate, double best, SetupStatistics bestStats,
                              List<String> reasons) {
        if (candidate > best + errorTolerance) {
            reasons.add(String.format(Locale.ROOT, "%s %.2f %% is higher than the best setup's (v%d) %.2f %%",
                    what, candidate * 100, bestStats.setupVersion(), best * 100));
        }
    }

    /**
     * @param history deployed setups
     * @return the best measured setup not marked bad, if any setup was measured
     */
    public Optional<DeployedSetup> best(History history) {
        List<Ranked> ranked = ranked(history);
        if (!goal.balanced()) {
            return ranked.stream().min(byGoal()).map(Ranked::entry);
        }
        Optional<SetupScore> fastest = ranked.stream().map(Ranked::score)
                .min(Comparator.comparingDouble(SetupScore::medianLatencyMs));
        return ranked.stream()
                .filter(r -> fastest.map(f -> tied(r.score(), f)).orElse(false))
                .min(Comparator.comparingDouble((Ranked r) -> r.score().costPer1000RootRequestsUsd())
                        .thenComparingDouble(r -> r.score().medianLatencyMs()))
                .map(Ranked::entry);
    }

    private Comparator<Ranked> byGoal() {
        return Comparator.comparingDouble((Ranked r) -> r.miss(goal))
                .thenComparingDouble(r -> goal.figure(r.p50Ms(), r.costUsd()))
                .thenComparingDouble(r -> goal.minimizesCost() ? r.p50Ms() : r.costUsd());
    }

    /**
     * @param history deployed setups
     * @return when the goal has a bound that no measured setup meets, a note naming the one that
     *     comes closest, which {@link #best} picks
     */
    public Optional<String> shortfall(History history) {
        List<Ranked> ranked = ranked(history);
        return ranked.stream().min(byGoal()).filter(r -> r.miss(goal) > 0)
                .map(r -> String.format(Locale.ROOT, "no measured setup meets %s; v%d comes closest (p95 %.1f ms, "
                        + "$%.4f per 1,000 requests, %.1f %% over the bound)", goal.label(), r.score().setupVersion(),
                        r.p95Ms(), r.score().costPer1000RootRequestsUsd(), r.miss(goal) * 100));
    }

    private boolean tied(SetupScore candidate, SetupScore fastest) {
        return candidate.medianLatencyMs() <= fastest.medianLatencyMs() * (1 + latencyTie)
                || candidate.medianLowMs() <= fastest.medianHighMs();
    }

    // Client latency includes the gateway's share; rank by it only when every setup has it.
    private static List<Ranked> ranked(History history) {
        List<DeployedSetup> measured = history.good().stream()
                .filter(e -> !e.statistics().rankedLatency().isEmpty()).toList();
        boolean byClients = measured.stream().noneMatch(e -> e.statistics().clientLatency().isEmpty());
        return measured.stream()
                .filter(e -> byClients || !e.statistics().rankedRootDuration().isEmpty())
                .map(e -> byClients ? new Ranked(e, SetupScore.of(e.statistics()),
                        e.statistics().rankedLatency().p95Ms())
                        : new Ranked(e, SetupScore.ofRootDuration(e.statistics()),
                        e.statistics().rankedRootDuration().p95Ms()))
                .toList();
    }

    /** @return the ranking criterion, in words */
    public String criterion() {
        if (!goal.balanced()) {
            return "objective " + goal.label() + ": " + goal.describe() + "; when no setup meets its bound, the one "
                    + "closest to it (latency as clients saw it when every setup was measured at the gateway, "
                    + "otherwise the root function's duration)";
        }
        return String.format(Locale.ROOT, "lowest median root latency (as clients saw it when every setup was "
                + "measured at the gateway, otherwise the root function's duration; with several entry tasks, the "
                + "mean of their medians weighted by their share of requests); setups whose median lies within "
                + "%.0f %% of it, or whose median's 95 %% confidence interval overlaps its own, are tied, and the "
                + "cheapest per 1,000 requests wins", latencyTie * 100);
    }

    private record Ranked(DeployedSetup entry, SetupScore score, double p95Ms) {

        double miss(Goal goal) {
            return goal.miss(p95Ms, costUsd());
        }

        double p50Ms() {
            return score.medianLatencyMs();
        }

        double costUsd() {
            return score.costPer1000RootRequestsUsd();
        }
    }
}
