package io.fusionize.optimizer.model;

import io.fusionize.core.setup.Setup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Searches the routings of a {@link CallTree} one call at a time, for applications with too many
 * call edges to try every routing.
 *
 * <ol>
 *   <li>It starts from the best of all-remote, the paper's rule (sync calls inline) and all-inline,
 *       each at the sizes coordinate descent gives it.
 *   <li>A sweep visits every call and keeps each flip between inline and remote that improves the
 *       objective. A flip is judged with the other functions at their sizes: the function a task
 *       leaves keeps its size, a function it starts takes its best allowed size, and the function it
 *       joins keeps its size when still allowed, or else takes its best allowed one.
 *   <li>Coordinate descent then revisits every function's size, and sweeps and descents alternate
 *       until a round improves nothing, for at most {@value #MAX_ROUNDS} rounds.
 * </ol>
 *
 * <p>Each judgement re-forecasts only what the flip or resize touches ({@link TreeRouting}), so a
 * round takes about linear time in the number of tasks. The setups it settles on are forecast
 * again in full by the model; the search returns the starts and the end, never a setup excluded.
 */
final class TreeSearch {

    private static final int MAX_ROUNDS = 20;
    private static final double MIN_GAIN = 1e-9;

    private final CallTree tree;
    private final TaskTable table;
    private final TreeCorrections corrections;
    private final TreeSizes sizes;
    private final PerformanceModel model;
    private final Objective objective;
    private final Setup reference;
    private final List<Setup> excluded;
    private final Set<String> excludedKeys;
    private int routings;

    /**
     * @param tree the tasks
     * @param model forecasts setups
     * @param objective ranks forecasts
     * @param reference the setup whose functions, order and version candidates inherit
     * @param excluded setups never to return, such as those deployed before
     */
    TreeSearch(CallTree tree, PerformanceModel model, Objective objective, Setup reference, List<Setup> excluded) {
        this.tree = tree;
        this.table = new TaskTable(tree, model.options());
        this.corrections = new TreeCorrections(model.corrections(), tree, table);
        this.sizes = new TreeSizes(tree, table, model);
        this.model = model;
        this.objective = objective;
        this.reference = reference;
        this.excluded = List.copyOf(excluded);
        this.excludedKeys = excluded.stream().map(PlanKeys::of).collect(Collectors.toSet());
    }

    /** @return the starts and the setup the search settled on, best score first */
    SearchResult run() {
        Map<String, Candidate> found = new LinkedHashMap<>();
        TreeRouting best = null;
        double bestScore = Double.MAX_VALUE;
        for (boolean[] start : starts()) {
            Optional<TreeRouting> routing = startAt(start);
            if (routing.isPresent()) {
                double score = new TreeDescent(routing.get(), sizes, () -> score(routing.get()),
                        ExcludedSizes.none()).run();
                candidate(routing.get()).ifPresent(c -> found.putIfAbsent(PlanKeys.of(c.setup()), c));
                if (score < bestScore) {
                    bestScore = score;
                    best = routing.get();
                }
            }
        }
        if (best != null) {
            climb(best, bestScore);
            settle(best).ifPresent(c -> found.putIfAbsent(PlanKeys.of(c.setup()), c));
        }
        List<Candidate> ranked = found.values().stream().sorted(Comparator.comparingDouble(Candidate::score))
                .toList();
        return new SearchResult(ranked, ParetoFront.of(ranked), routings);
    }

    private List<boolean[]> starts() {
        boolean[] allRemote = new boolean[tree.size()];
        boolean[] syncInline = new boolean[tree.size()];
        boolean[] allInline = new boolean[tree.size()];
        for (int task = tree.roots(); task < tree.size(); task++) {
            syncInline[task] = tree.callInto(task).sync();
            allInline[task] = true;
        }
        return List.of(allRemote, syncInline, allInline);
    }

    // Every function at its smallest allowed size, as MemoryDescent starts; none when a function has no size.
    private Optional<TreeRouting> startAt(boolean[] inline) {
        routings++;
        TreeRouting unsized = new TreeRouting(tree, table, corrections, model, inline, new int[tree.size()]);
        int[] smallest = new int[tree.size()];
        for (int task = 0; task < tree.size(); task++) {
            if (unsized.heads(task)) {
                long allowed = sizes.allowed(unsized, task);
                if (allowed == 0) {
                    return Optional.empty();
                }
                smallest[task] = Long.numberOfTrailingZeros(allowed);
            }
        }
        return Optional.of(new TreeRouting(tree, table, corrections, model, inline, smallest));
    }

    private void climb(TreeRouting routing, double startScore) {
        double score = startScore;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            double swept = sweep(routing, score);
            double descended = new TreeDescent(routing, sizes, () -> score(routing), ExcludedSizes.none()).run();
            boolean improved = Math.min(swept, descended) < threshold(score);
            score = Math.min(swept, descended);
            if (!improved) {
                return;
            }
        }
    }

    private double sweep(TreeRouting routing, double startScore) {
        double score = startScore;
        for (int task = tree.roots(); task < tree.size(); task++) {
            routings++;
            score = routing.heads(task) ? tryInline(routing, task, score) : tryRemote(routing, task, score);
        }
        return score;
    }

    // The task leaves its caller's function, which keeps its size, for one of its own at its best size.
    private double tryRemote(TreeRouting routing, int task, double score) {
        routing.flip(task, routing.size(routing.functionOf(task)));
        Choice choice = bestSize(routing, task, sizes.allowed(routing, task), threshold(score));
        if (choice.size < 0) {
            routing.flip(task, 0);
            return score;
        }
        resize(routing, task, choice.size);
        return choice.score;
    }

    // The task joins its caller's function, which keeps its size if it is still allowed.
    private double tryInline(TreeRouting routing, int task, double score) {
        int ownSize = routing.size(task);
        routing.flip(task, ownSize);
        int entry = routing.functionOf(task);
        int kept = routing.size(entry);
        long allowed = sizes.allowed(routing, entry);
        Choice choice = bestSize(routing, entry, (allowed >> kept & 1) == 1 ? 1L << kept : allowed,
                threshold(score));
        if (choice.size < 0) {
            resize(routing, entry, kept);
            routing.flip(task, ownSize);
            return score;
        }
        resize(routing, entry, choice.size);
        return choice.score;
    }

    /**
     * A size chosen for a function, and the score it gives.
     *
     * @param size the size position, or -1 when none beat the bar
     * @param score its score
     */
    private record Choice(int size, double score) {
    }

    // Leaves the function at the last size tried; the caller settles it.
    private Choice bestSize(TreeRouting routing, int entry, long allowed, double bar) {
        Choice best = new Choice(-1, bar);
        for (long left = allowed; left != 0; left &= left - 1) {
            int size = Long.numberOfTrailingZeros(left);
            resize(routing, entry, size);
            double score = score(routing);
            if (score < best.score) {
                best = new Choice(size, score);
            }
        }
        return best;
    }

    private static void resize(TreeRouting routing, int entry, int size) {
        if (routing.size(entry) != size) {
            routing.resize(entry, size);
        }
    }

    // The end may be a setup deployed before; then its sizes descend again, that assignment barred.
    private Optional<Candidate> settle(TreeRouting routing) {
        ExcludedSizes barred = ExcludedSizes.of(routing, reference, excluded, table);
        if (barred.hit()) {
            new TreeDescent(routing, sizes, () -> score(routing), barred).run();
        }
        return candidate(routing);
    }

    private Optional<Candidate> candidate(TreeRouting routing) {
        Setup setup = routing.toSetup(reference);
        if (excludedKeys.contains(PlanKeys.of(setup))) {
            return Optional.empty();
        }
        try {
            Prediction prediction = model.predict(setup);
            return Optional.of(new Candidate(setup, prediction, objective.score(prediction)));
        } catch (IllegalArgumentException unpredictable) {
            return Optional.empty();
        }
    }

    private double score(TreeRouting routing) {
        double score = objective.score(routing.latencyMs(), routing.costUsd());
        return Double.isNaN(score) ? Double.MAX_VALUE : score;
    }

    private static double threshold(double score) {
        return score - MIN_GAIN * Math.abs(score);
    }
}
