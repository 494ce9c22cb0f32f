package io.fusionize.optimizer.internal;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One routing rule change the fusion step can make.
 *
 * @param function the entry task of the function whose rule changes
 * @param callee the called task the rule is about
 * @param kind what the change does
 */
public record RuleChange(String function, String callee, Kind kind) {

    /** The two moves of the fusion step. */
    public enum Kind {
        /** Run the callee's sync calls in-process. */
        INLINE_SYNC,
        /** Invoke the callee's async calls remotely. */
        REMOTE_ASYNC
    }

    /**
     * @param setup a setup holding the function
     * @return the setup with this change made
     */
    public Setup applyTo(Setup setup) {
        return kind == Kind.INLINE_SYNC ? Plans.withInlineSync(setup, function, callee)
                : Plans.withoutInlineAsync(setup, function, callee);
    }

    /** @return the change in the words of a setup diff, e.g. {@code inline CW into I} */
    public String summary() {
        return kind == Kind.INLINE_SYNC ? "inline " + callee + " into " + function
                : "make " + callee + " remote from " + function + " (async)";
    }

    /**
     * @param from a setup
     * @param to a later setup
     * @return the fusion moves that lead from one to the other
     */
    public static Set<RuleChange> between(Setup from, Setup to) {
        Set<RuleChange> changes = new LinkedHashSet<>();
        for (FunctionSpec after : to.functions()) {
            from.function(after.entry()).ifPresent(before -> addMoves(before, after, changes));
        }
        return changes;
    }

    private static void addMoves(FunctionSpec before, FunctionSpec after, Set<RuleChange> changes) {
        after.inlineSync().stream().filter(t -> !before.inlineSync().contains(t))
                .forEach(t -> changes.add(new RuleChange(after.entry(), t, Kind.INLINE_SYNC)));
        before.inlineAsync().stream().filter(t -> !after.inlineAsync().contains(t))
                .forEach(t -> changes.add(new RuleChange(after.entry(), t, Kind.REMOTE_ASYNC)));
    }
}
