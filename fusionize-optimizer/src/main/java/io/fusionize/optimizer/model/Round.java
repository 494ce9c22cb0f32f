package io.fusionize.optimizer.model;

import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupDiff;
import io.fusionize.core.setup.SetupText;
import io.fusionize.optimizer.DeployedSetup;
import io.fusionize.optimizer.History;
import io.fusionize.optimizer.Proposal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One decision of the {@link ModelOptimizer}: search, compare with the best measured setup, decide. */
final class Round {

    private final History history;
    private final DeployedSetup reference;
    private final PerformanceModel model;
    private final ModelOptions options;
    private final Optional<Setup> calibration;
    private final Objective objective;

    Round(History history, DeployedSetup reference, PerformanceModel model, ModelOptions options,
          Optional<Setup> calibration) {
        this.history = history;
        this.reference = reference;
        this.model = model;
        this.options = options;
        this.calibration = calibration;
        Measured measured = Measured.of(reference, model.mix());
        this.objective = new Objective(options.latencyWeight(), measured.p50Ms(), measured.costUsd(), options.goal(),
                Measured.p95PerP50(reference.statistics()));
    }

    SearchResult search() {
        List<Setup> tried = history.entries().stream().map(DeployedSetup::setup).toList();
        return new CandidateSearch(FusionSpace.of(model), new ModelForecaster(model), new ModelSizeRules(model),
                objective, reference.setup(), tried, options.maxExhaustiveEdges()).run();
    }

    Proposal decide() {
        Measured best = bestMeasured();
        Optional<PredictionCheck> check = lastCheck();
        if (history.entries().size() >= options.maxDeployments()) {
            return converge(best, check, "the budget of " + options.maxDeployments() + " deployments is spent");
        }
        SearchResult search = search();
        Optional<Candidate> next = search.best();
        if (next.isEmpty()) {
            return converge(best, check, "no untried setup can be forecast");
        }
        double bestScore = forecastScore(best);
        double gain = (bestScore - next.get().score()) / bestScore;
        boolean trusted = check.map(c -> c.within(options.predictionTolerance())).orElse(true);
        double required = trusted ? options.improvementMargin() : 0;
        if (gain <= required) {
            String margin = required == 0 ? "at all" : String.format(Locale.ROOT, "by more than %.0f %%",
                    required * 100);
            return converge(best, check, String.format(Locale.ROOT, "no untried setup is forecast to beat v%d %s "
                    + "(the best untried one, %s, by %+.1f %%)", best.version(), margin,
                    next.get().prediction().summary(), gain * 100));
        }
        return propose(best, next.get(), search, check, gain);
    }

    private Measured bestMeasured() {
        return history.good().stream().filter(Measured::available).map(e -> Measured.of(e, model.mix()))
                .min(Comparator.comparingDouble(objective::score))
                .orElseThrow(() -> new IllegalStateException("no measured setup is left that is not marked bad"));
    }

    // Both sides forecast by the same model, so that its bias cancels.
    private double forecastScore(Measured best) {
        try {
            return objective.score(model.predict(best.entry().setup()));
        } catch (IllegalArgumentException unpredictable) {
            return objective.score(best);
        }
    }

    private Optional<PredictionCheck> lastCheck() {
        DeployedSetup last = history.last();
        boolean modelCandidate = history.entries().size() > 1 && !last.bad()
                && calibration.map(c -> !PlanKeys.of(c).equals(PlanKeys.of(last.setup()))).orElse(true);
        if (!modelCandidate) {
            return Optional.empty();
        }
        return ModelOptimizer.check(history, last.setup().version(), options);
    }

    private Proposal propose(Measured best, Candidate next, SearchResult search, Optional<PredictionCheck> check,
                             double gain) {
        Setup setup = next.setup().withVersion(history.nextVersion());
        String reason = String.format(Locale.ROOT, "from v%d, model forecast: %s (objective %.3f); best measured so "
                        + "far: %s (objective %.3f); objective = %s v%d; forecast gain %.1f %%; searched %d routings, "
                        + "%d untried setups on the latency/cost Pareto front%s", best.version(),
                next.prediction().summary(), next.score(), best, objective.score(best),
                objective.describe(), reference.setup().version(), gain * 100, search.routings(),
                search.front().size(), lastRound(check));
        return new Proposal.NextSetup(setup, SetupDiff.between(best.entry().setup(), setup), reason);
    }

    private Proposal converge(Measured best, Optional<PredictionCheck> check, String why) {
        String reason = String.format(Locale.ROOT, "converged after %d deployments: %s%s. Best measured setup: %s "
                        + "(%s, objective %.3f with %s v%d)%s", history.entries().size(), why, lastRound(check),
                SetupText.format(best.entry().setup()), best, objective.score(best), objective.describe(),
                reference.setup().version(), shortfall(best));
        return new Proposal.Converged(best.entry().setup(), reason);
    }

    // The best measured setup misses the bound only when every measured setup does.
    private String shortfall(Measured best) {
        if (!objective.misses(best)) {
            return "";
        }
        return String.format(Locale.ROOT, "; no measured setup meets %s, v%d comes closest (p95 %.1f ms, $%.4f/1k)",
                options.goal().label(), best.version(), best.p95Ms(), best.costUsd());
    }

    private String lastRound(Optional<PredictionCheck> check) {
        return check.map(c -> "; last round: " + c + (c.within(options.predictionTolerance())
                ? ", within " : ", outside ") + Math.round(options.predictionTolerance() * 100) + " %").orElse("");
    }
}
