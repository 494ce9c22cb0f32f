package io.fusionize.optimizer;

import io.fusionize.core.setup.Setup;
import io.fusionize.monitor.SetupStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Plays the control loop against a simulated application: deploy, measure, judge, mark bad, ask
 * the optimizer again, until it converges.
 */
public final class Exploration {

    private static final int MAX_ROUNDS = 40;

    public final List<Proposal> proposals = new ArrayList<>();
    public History history;
    public Proposal.Converged result;

    private Exploration(History initial) {
        this.history = initial;
    }

    /**
     * Runs the exploration to convergence, marking bad only what the judge finds bad.
     *
     * @param optimizer the optimizer under test
     * @param initial the first deployed setup
     * @param measure the simulated measurement of a setup
     * @return the finished exploration
     */
    public static Exploration run(Optimizer optimizer, Setup initial, Function<Setup, SetupStatistics> measure) {
        return run(optimizer, initial, measure, setup -> false);
    }

    /**
     * Runs the exploration to convergence.
     *
     * @param optimizer the optimizer under test
     * @param initial the first deployed setup
     * @param measure the simulated measurement of a setup
     * @param forcedBad setups the control loop marks bad whatever they measure
     * @return the finished exploration
     */
    public static Exploration run(Optimizer optimizer, Setup initial, Function<Setup, SetupStatistics> measure,
                           Predicate<Setup> forcedBad) {
        Exploration exploration = new Exploration(History.of(DeployedSetup.measured(initial, measure.apply(initial))));
        SetupJudge judge = new SetupJudge();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Proposal proposal = optimizer.next(exploration.history);
            exploration.proposals.add(proposal);
            if (proposal instanceof Proposal.Converged converged) {
                exploration.result = converged;
                return exploration;
            }
            Setup next = ((Proposal.NextSetup) proposal).setup();
            if (exploration.history.wasDeployed(next)) {
                throw new AssertionError("proposed a setup deployed before: " + proposal.explanation());
            }
            SetupStatistics stats = measure.apply(next);
            Optional<SetupStatistics> best = judge.best(exploration.history).map(DeployedSetup::statistics);
            boolean bad = forcedBad.test(next) || judge.judge(stats, best).bad();
            exploration.history = exploration.history.append(new DeployedSetup(next, stats, bad));
        }
        throw new AssertionError("no convergence after " + MAX_ROUNDS + " rounds");
    }

    /** @return how many setups were deployed, the initial one included */
    public int deployments() {
        return history.entries().size();
    }

    /** @return the proposals that were not convergence */
    public List<Proposal.NextSetup> nextSetups() {
        return proposals.stream().filter(Proposal.NextSetup.class::isInstance)
                .map(Proposal.NextSetup.class::cast).toList();
    }
}
