package io.fusionize.optimizer.model;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Searches setups: every routing of the call edges, and for each routing a memory size per reached
 * function by coordinate descent on the objective. Past a limit of edges it searches locally: when
 * the forecaster offers it (the model, on calls that form a forest), one call at a time with
 * forecasts kept up to date ({@link TreeSearch}); otherwise by hill climbing over whole routings.
 */
final class CandidateSearch {

    private static final int MAX_LOCAL_STEPS = 200;

    private final FusionSpace space;
    private final Forecaster forecaster;
    private final SizeRules sizes;
    private final Objective objective;
    private final Setup reference;
    private final List<Setup> excluded;
    private final int maxExhaustiveEdges;
    private final Map<String, Optional<Candidate>> byRouting = new LinkedHashMap<>();

    /**
     * @param space the routings
     * @param forecaster forecasts each setup
     * @param sizes the sizes each function may get
     * @param objective ranks forecasts
     * @param reference the setup whose functions, order and version candidates inherit
     * @param excluded setups never to return, such as those deployed before
     * @param maxExhaustiveEdges above this many edges, search routings locally
     */
    CandidateSearch(FusionSpace space, Forecaster forecaster, SizeRules sizes, Objective objective, Setup reference,
                    List<Setup> excluded, int maxExhaustiveEdges) {
        this.space = space;
        this.forecaster = forecaster;
        this.sizes = sizes;
        this.objective = objective;
        this.reference = reference;
        this.excluded = excluded;
        this.maxExhaustiveEdges = maxExhaustiveEdges;
    }

    SearchResult run() {
        if (space.edges().size() <= maxExhaustiveEdges) {
            enumerateAll();
        } else {
            Optional<TreeSearch> byTask = forecaster.treeSearch(objective, reference, excluded);
            if (byTask.isPresent()) {
                return byTask.get().run();
            }
            searchLocally();
        }
        List<Candidate> ranked = byRouting.values().stream().flatMap(Optional::stream)
                .sorted(Comparator.comparingDouble(Candidate::score)).toList();
        return new SearchResult(ranked, ParetoFront.of(ranked), byRouting.size());
    }

    private void enumerateAll() {
        int n = space.edges().size();
        for (long bits = 0; bits < 1L << n; bits++) {
            evaluate(choices(bits, n));
        }
    }

    // Hill climbing over single-edge flips, from all-remote, the paper's rule and all-inline; each
    // neighbour's sizes descend anew, which costs a whole forecast per size tried.
    private void searchLocally() {
        int n = space.edges().size();
        boolean[] current = startingPoint(n);
        double currentScore = evaluate(current).map(Candidate::score).orElse(Double.MAX_VALUE);
        for (int step = 0; step < MAX_LOCAL_STEPS; step++) {
            boolean[] bestNeighbour = null;
            for (int i = 0; i < n; i++) {
                boolean[] neighbour = current.clone();
                neighbour[i] = !neighbour[i];
                double score = evaluate(neighbour).map(Candidate::score).orElse(Double.MAX_VALUE);
                if (score < currentScore) {
                    currentScore = score;
                    bestNeighbour = neighbour;
                }
            }
            if (bestNeighbour == null) {
                return;
            }
            current = bestNeighbour;
        }
    }

    private boolean[] startingPoint(int n) {
        boolean[] allRemote = new boolean[n];
        boolean[] syncInline = new boolean[n];
        boolean[] allInline = new boolean[n];
        for (int i = 0; i < n; i++) {
            syncInline[i] = space.edges().get(i).sync();
            allInline[i] = true;
        }
        boolean[] best = allRemote;
        double bestScore = Double.MAX_VALUE;
        for (boolean[] start : List.of(allRemote, syncInline, allInline)) {
            double score = evaluate(start).map(Candidate::score).orElse(Double.MAX_VALUE);
            if (score < bestScore) {
                bestScore = score;
                best = start;
            }
        }
        return best;
    }

    private static boolean[] choices(long bits, int n) {
        boolean[] inline = new boolean[n];
        for (int i = 0; i < n; i++) {
            inline[i] = (bits >> i & 1) == 1;
        }
        return inline;
    }

    private Optional<Candidate> evaluate(boolean[] inline) {
        FusionPlan plan = space.plan(inline);
        return byRouting.computeIfAbsent(plan.key(), key -> bestMemory(plan));
    }

    /**
     * @param plan a routing
     * @return its best memory sizes as coordinate descent finds them, if any are allowed and
     *     can be forecast
     */
    Optional<Candidate> bestMemory(FusionPlan plan) {
        List<List<Integer>> allowed = new ArrayList<>();
        Map<String, Integer> smallest = new LinkedHashMap<>();
        for (FunctionSpec function : plan.live()) {
            List<Integer> options = sizes.allowed(plan.tasks().get(function.entry()));
            if (options.isEmpty()) {
                return Optional.empty();
            }
            allowed.add(options);
            smallest.put(function.entry(), options.get(0));
        }
        try {
            Setup sample = plan.toSetup(reference, smallest, reference.version());
            MemoryDescent descent = new MemoryDescent(plan, allowed, sample, forecaster.routing(sample), objective,
                    reference, excluded);
            return descent.run().map(memory -> candidate(plan, memory));
        } catch (IllegalArgumentException unpredictable) {
            return Optional.empty();
        }
    }

    private Candidate candidate(FusionPlan plan, Map<String, Integer> memory) {
        Setup setup = plan.toSetup(reference, memory, reference.version());
        Prediction prediction = forecaster.forecast(setup);
        return new Candidate(setup, prediction, objective.score(prediction));
    }
}
