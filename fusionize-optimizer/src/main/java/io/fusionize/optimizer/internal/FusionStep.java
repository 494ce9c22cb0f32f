package io.fusionize.optimizer.internal;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.monitor.CallEdge;
import io.fusionize.optimizer.DeployedSetup;
import io.fusionize.optimizer.History;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The heuristic's fusion step: one routing rule change, read off the observed call graph.
 *
 * <ul>
 *   <li>A sync call that went remote becomes inline: the callee joins the calling function's
 *       sync inline set.
 *   <li>An async call that ran inline becomes remote, unless the same function also calls that
 *       callee sync: then sync wins and the callee stays in-process.
 * </ul>
 *
 * A change is skipped for the next one when it once led to a setup marked bad, or when its result
 * was deployed before.
 */
public final class FusionStep {

    /**
     * @param base the setup to change from, with its observed call graph
     * @param history everything deployed, to skip what was tried
     * @return the first applicable rule change, if any remains
     */
    public Optional<Change> next(DeployedSetup base, History history) {
        return next(base, history, move -> true);
    }

    /**
     * Looks for drift: a rule change that no setup in the history ever made, such as one for a
     * call that was never seen before.
     *
     * @param serving the setup serving requests, with its observed call graph
     * @param history everything deployed
     * @return the first rule change never tried, if any
     */
    public Optional<Change> nextUntried(DeployedSetup serving, History history) {
        return next(serving, history, move -> !wasTried(move, history));
    }

    private static boolean wasTried(RuleChange move, History history) {
        return history.entries().stream().map(e -> e.setup().function(move.function())).flatMap(Optional::stream)
                .anyMatch(f -> move.kind() == RuleChange.Kind.INLINE_SYNC ? f.inlineSync().contains(move.callee())
                        : !f.inlineAsync().contains(move.callee()));
    }

    private Optional<Change> next(DeployedSetup base, History history, Predicate<RuleChange> eligible) {
        Set<RuleChange> badMoves = badMoves(history);
        List<String> skipped = new ArrayList<>();
        for (Candidate candidate : candidates(base)) {
            if (!eligible.test(candidate.move())) {
                continue;
            }
            Setup changed = candidate.move().applyTo(base.setup());
            if (badMoves.contains(candidate.move()) || history.isMarkedBad(changed)) {
                skipped.add(candidate.move().summary() + " (marked bad before)");
            } else if (history.wasDeployed(changed)) {
                skipped.add(candidate.move().summary() + " (deployed before)");
            } else {
                return Optional.of(withSkipped(candidate.toChange(changed), skipped));
            }
        }
        return Optional.empty();
    }

    private static Change withSkipped(Change change, List<String> skipped) {
        return skipped.isEmpty() ? change : change.withNote("skipped " + String.join(", ", skipped));
    }

    // A bad setup that differs from the good one before it only in routing condemns those moves.
    private static Set<RuleChange> badMoves(History history) {
        Set<RuleChange> moves = new HashSet<>();
        DeployedSetup lastGood = null;
        for (DeployedSetup entry : history.entries()) {
            if (!entry.bad()) {
                lastGood = entry;
            } else if (lastGood != null && sameMemory(lastGood.setup(), entry.setup())) {
                moves.addAll(RuleChange.between(lastGood.setup(), entry.setup()));
            }
        }
        return moves;
    }

    private static boolean sameMemory(Setup a, Setup b) {
        return a.functions().stream().allMatch(f -> b.function(f.entry())
                .map(g -> g.memoryMb() == f.memoryMb()).orElse(false));
    }

    private static List<Candidate> candidates(DeployedSetup base) {
        Map<String, Map<String, Routing>> routing = routingByFunction(base.statistics().callGraph());
        List<Candidate> candidates = new ArrayList<>();
        for (FunctionSpec function : base.setup().functions()) {
            routing.getOrDefault(function.entry(), Map.of()).forEach((callee, r) ->
                    candidate(base.setup().version(), function, callee, r).ifPresent(candidates::add));
        }
        return candidates;
    }

    private static Optional<Candidate> candidate(int version, FunctionSpec function, String callee, Routing r) {
        String entry = function.entry();
        if (r.syncRemote() > 0 && !function.inlineSync().contains(callee)) {
            return Optional.of(new Candidate(new RuleChange(entry, callee, RuleChange.Kind.INLINE_SYNC),
                    String.format(Locale.ROOT, "v%d made %d sync calls to %s from function %s remotely, and a "
                            + "waiting caller is billed for the callee's whole run", version, r.syncRemote(),
                            callee, entry)));
        }
        if (r.asyncLocal() > 0 && !r.calledSync() && function.inlineAsync().contains(callee)) {
            return Optional.of(new Candidate(new RuleChange(entry, callee, RuleChange.Kind.REMOTE_ASYNC),
                    String.format(Locale.ROOT, "v%d ran %d async calls to %s inline in function %s, which keeps "
                            + "the caller running and billed until they finish", version, r.asyncLocal(), callee,
                            entry)));
        }
        return Optional.empty();
    }

    private static Map<String, Map<String, Routing>> routingByFunction(List<CallEdge> graph) {
        Map<String, Map<String, Routing>> byFunction = new LinkedHashMap<>();
        for (CallEdge edge : graph) {
            byFunction.computeIfAbsent(edge.function(), f -> new LinkedHashMap<>())
                    .merge(edge.callee(), Routing.NONE.plus(edge), (seen, fresh) -> seen.plus(edge));
        }
        return byFunction;
    }

    private record Candidate(RuleChange move, String why) {
        Change toChange(Setup changed) {
            return new Change(changed, move.summary(), why);
        }
    }
}
