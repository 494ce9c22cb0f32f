package io.fusionize.optimizer;

import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupDiff;
import io.fusionize.core.setup.SetupText;
import io.fusionize.monitor.SetupStatistics;
import io.fusionize.optimizer.internal.Change;
import io.fusionize.optimizer.internal.FusionStep;
import io.fusionize.optimizer.internal.MemoryStep;
import java.util.Objects;
import java.util.Optional;

/**
 * The Fusionize++ heuristic, as the paper's prototype runs it.
 *
 * <ol>
 *   <li>The caller deploys the initial setup, normally every task its own function and every call
 *       remote.
 *   <li>Fusion: each round makes exactly one routing rule change, read off the call graph observed
 *       under the setup to change from. A sync call that went remote becomes inline; an async call
 *       that ran inline becomes remote; a callee called both ways in one function stays inline
 *       (sync wins).
 *   <li>Memory: once no rule changes, every function is set to one size of the list per round.
 *       When all sizes were tried, each function takes the size with its lowest mean cost per
 *       invocation; a size where the function timed out, ran out of memory or crashed is never
 *       chosen.
 *   <li>When nothing changes any more, it converges on the best measured setup, as
 *       {@link SetupJudge#best} ranks them.
 * </ol>
 *
 * <p>The setup to change from is the newest one not marked bad. A setup marked bad, or already
 * deployed, is never proposed; its change is skipped and the next one tried. Once converged, the
 * setup serving requests ({@link History#serving()}) is watched: a rule change that no setup ever
 * made, such as one for a call never seen before, starts exploring again from it.
 */
public final class FusionizeHeuristic implements Optimizer {

    private final HeuristicOptions options;
    private final FusionStep fusion = new FusionStep();
    private final MemoryStep memory;

    /** The heuristic with the paper's memory sizes and AWS x86 prices. */
    public FusionizeHeuristic() {
        this(HeuristicOptions.defaults());
    }

    /** @param options the memory sizes, prices and judge to use */
    public FusionizeHeuristic(HeuristicOptions options) {
        this.options = Objects.requireNonNull(options, "options must not be null");
        this.memory = new MemoryStep(options.memorySizesMb(), options.prices());
    }

    @Override
    public Proposal next(History history) {
        Objects.requireNonNull(history, "history must not be null");
        if (history.isEmpty()) {
            throw new IllegalArgumentException("the history must hold at least the initial setup");
        }
        DeployedSetup base = history.lastGood().orElseThrow(() -> new IllegalStateException(
                "every deployed setup is marked bad; deploy an initial setup that works"));
        requireMeasured(base.statistics());
        Optional<Change> step = fusion.next(base, history).or(() -> memory.nextSweep(base, history));
        if (step.isPresent()) {
            return propose(base, step.get(), history);
        }
        Change choice = memory.choice(base, history);
        if (!history.wasDeployed(choice.setup())) {
            return propose(base, choice, history);
        }
        return drift(history).orElseGet(() -> converge(base, choice, history));
    }

    // After convergence the serving setup keeps being measured; a call never seen before reopens fusion.
    private Optional<Proposal> drift(History history) {
        return history.serving().filter(serving -> !serving.bad())
                .flatMap(serving -> fusion.nextUntried(serving, history)
                        .map(change -> propose(serving, change.withNote("the serving setup's call graph "
                                + "changed since exploration"), history)));
    }

    private static void requireMeasured(SetupStatistics statistics) {
        if (statistics.functions().isEmpty() && statistics.callGraph().isEmpty()) {
            throw new IllegalStateException("setup v" + statistics.setupVersion() + " of "
                    + statistics.application() + " has no measurements yet; gather a sample before asking "
                    + "for the next setup");
        }
    }

    private static Proposal propose(DeployedSetup base, Change change, History history) {
        Setup next = change.setup().withVersion(history.nextVersion());
        return new Proposal.NextSetup(next, SetupDiff.between(base.setup(), next),
                "from v" + base.setup().version() + ", " + change.describe());
    }

    private Proposal converge(DeployedSetup base, Change choice, History history) {
        DeployedSetup best = options.judge().best(history).orElse(base);
        int chosenVersion = history.deployment(choice.setup()).orElseThrow().setup().version();
        String reason = "converged: v" + base.setup().version() + " leaves no routing rule to change, every size of "
                + options.memorySizesMb() + " MB was tried, and the per-function cheapest sizes are those of v"
                + chosenVersion + ", measured already. Best measured setup: " + SetupText.format(best.setup())
                + " (" + SetupScore.of(best.statistics()) + "), by " + options.judge().criterion()
                + options.judge().shortfall(history).map(note -> "; " + note).orElse("");
        return new Proposal.Converged(best.setup(), reason);
    }
}
