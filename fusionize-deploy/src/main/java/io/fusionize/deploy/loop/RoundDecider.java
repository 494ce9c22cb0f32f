package io.fusionize.deploy.loop;

import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupDiff;
import io.fusionize.monitor.CallEdge;
import io.fusionize.monitor.SetupStatistics;
import io.fusionize.optimizer.DeployedSetup;
import io.fusionize.optimizer.History;
import io.fusionize.optimizer.Optimizer;
import io.fusionize.optimizer.Proposal;
import io.fusionize.optimizer.SetupJudge;
import io.fusionize.optimizer.SetupScore;
import io.fusionize.optimizer.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Decides one round: judge the setup serving now, then roll it back, ask the optimizer for the
 * next setup, or only keep measuring once exploration has converged. Stateless: every decision
 * follows from the loop's state and the monitor's statistics.
 */
public final class RoundDecider {

    private final Optimizer optimizer;
    private final SetupJudge judge;
    private final long minSamples;

    /**
     * @param optimizer proposes the next setups
     * @param judge tells bad setups and the best one
     * @param minSamples complete root requests a round needs before it decides
     */
    public RoundDecider(Optimizer optimizer, SetupJudge judge, long minSamples) {
        this.optimizer = optimizer;
        this.judge = judge;
        this.minSamples = minSamples;
    }

    /**
     * @param state the loop's state; a setup must be serving
     * @param statistics the monitor's statistics by setup version
     * @return the decision
     */
    public Decision decide(LoopState state, IntFunction<SetupStatistics> statistics) {
        LoopEntry current = state.current();
        SetupStatistics measured = statistics.apply(current.setup().version());
        // Timeouts and crashes leave no complete samples behind, so they are judged at once.
        boolean resourceFailures = measured.functions().stream().anyMatch(f -> f.hadResourceFailures());
        if (measured.sampleSize() < minSamples && !resourceFailures) {
            return new Decision(Decision.Kind.WAIT, null, String.format(Locale.ROOT,
                    "v%d has %d of %d complete requests needed", current.setup().version(),
                    measured.sampleSize(), minSamples));
        }
        Optional<String> unseen = unseenCallee(measured);
        if (unseen.isPresent() && !resourceFailures) {
            return new Decision(Decision.Kind.WAIT, null, String.format(Locale.ROOT,
                    "v%d called %s remotely, but none of its invocations has been recorded yet",
                    current.setup().version(), unseen.get()));
        }
        History history = history(state, statistics);
        History others = new History(history.entries().stream()
                .filter(e -> e.setup().version() != current.setup().version()).toList());
        Optional<DeployedSetup> previousBest = judge.best(others);
        Verdict verdict = judge.judge(measured, previousBest.map(DeployedSetup::statistics));
        if (verdict.bad()) {
            return rollback(current, measured, verdict, previousBest);
        }
        if (state.converged()) {
            return monitor(current, measured, history);
        }
        return propose(current, measured, history);
    }

    /**
     * Async work reaches the monitor after its root request finished; deciding before any of a
     * callee's own invocations arrived would hide its calls from the optimizer.
     */
    private static Optional<String> unseenCallee(SetupStatistics measured) {
        return measured.callGraph().stream().filter(edge -> edge.remoteCalls() > 0)
                .map(CallEdge::callee)
                .filter(callee -> measured.function(callee).stream().mapToLong(f -> f.invocations()).sum() == 0)
                .findFirst();
    }

    /** After convergence, only a setup never deployed before (the call graph drifted) reopens exploration. */
    private Decision monitor(LoopEntry current, SetupStatistics measured, History history) {
        Proposal proposal = optimizer.next(history);
        if (proposal instanceof Proposal.NextSetup next && !history.wasDeployed(next.setup())) {
            return new Decision(Decision.Kind.DEPLOY, next.setup(), String.format(Locale.ROOT,
                    "the workload drifted; exploring again: v%d → v%d: %s. Because %s. (measured %s)",
                    current.setup().version(), next.setup().version(), next.diff(), next.reason(),
                    SetupScore.of(measured)));
        }
        return new Decision(Decision.Kind.MONITOR, null, "monitoring " + SetupScore.of(measured));
    }

    /**
     * @param state the loop's state
     * @param statistics the monitor's statistics by setup version
     * @return the optimizer's view of the loop's history
     */
    public static History history(LoopState state, IntFunction<SetupStatistics> statistics) {
        List<DeployedSetup> entries = state.entries().stream()
                .map(e -> new DeployedSetup(e.setup(), statistics.apply(e.setup().version()), e.bad()))
                .toList();
        return new History(entries);
    }

    /**
     * @param history deployed setups with their statistics
     * @return the best measured setup that is not bad
     */
    public Optional<DeployedSetup> best(History history) {
        return judge.best(history);
    }

    /**
     * @param history deployed setups with their statistics
     * @return the best setup that is not bad among those with the complete requests a round needs;
     *     a setup measured a few times only, however fast, is not among them
     */
    public Optional<DeployedSetup> bestMeasured(History history) {
        return judge.best(new History(history.entries().stream()
                .filter(entry -> measuredEnough(entry.statistics())).toList()));
    }

    /**
     * @param statistics a setup's statistics
     * @return whether they hold the complete requests a round needs before it decides
     */
    public boolean measuredEnough(SetupStatistics statistics) {
        return statistics.sampleSize() >= minSamples;
    }

    private Decision rollback(LoopEntry current, SetupStatistics measured, Verdict verdict,
            Optional<DeployedSetup> previousBest) {
        int version = current.setup().version();
        if (previousBest.isEmpty()) {
            return new Decision(Decision.Kind.KEEP, null, String.format(Locale.ROOT,
                    "v%d is failing (%s) but no earlier setup ran well; keeping it", version,
                    String.join("; ", verdict.reasons())));
        }
        Setup target = previousBest.get().setup();
        return new Decision(Decision.Kind.ROLLBACK, target, String.format(Locale.ROOT,
                "v%d is bad: %s. Rolling back to v%d [%s]; v%d's setup will not be proposed again. (%s)",
                version, String.join("; ", verdict.reasons()), target.version(),
                SetupDiff.between(current.setup(), target), version, SetupScore.of(measured)));
    }

    private Decision propose(LoopEntry current, SetupStatistics measured, History history) {
        Proposal proposal = optimizer.next(history);
        String score = SetupScore.of(measured).toString();
        if (proposal instanceof Proposal.NextSetup next && !history.isMarkedBad(next.setup())) {
            return new Decision(Decision.Kind.DEPLOY, next.setup(), String.format(Locale.ROOT,
                    "v%d → v%d: %s. Because %s. (measured %s)", current.setup().version(),
                    next.setup().version(), next.diff(), next.reason(), score));
        }
        if (proposal instanceof Proposal.Converged converged) {
            return new Decision(Decision.Kind.CONVERGE, converged.best(), String.format(Locale.ROOT,
                    "converged on v%d: %s. (last measured %s)", converged.best().version(), converged.reason(), score));
        }
        Setup best = judge.best(history).map(DeployedSetup::setup).orElse(current.setup());
        return new Decision(Decision.Kind.CONVERGE, best, String.format(Locale.ROOT,
                "the optimizer proposed a setup already marked bad (%s); stopping exploration on v%d",
                proposal.explanation(), best.version()));
    }
}
