package io.fusionize.bench.optimizer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What {@link DecisionTime} measures: which optimizer, from which history, at which sizes, how
 * often, and within which bound.
 *
 * @param kind the optimizer
 * @param stage the history it decides from
 * @param tasks the application sizes, in the order tried
 * @param runs measured decisions per size
 * @param warmups unmeasured decisions before them
 * @param timeoutSeconds the bound on building a history and on each decision
 */
public record DecisionTimeOptions(DecisionFixture.Kind kind, DecisionFixture.Stage stage, List<Integer> tasks,
                                  int runs, int warmups, long timeoutSeconds) {

    private static final Set<String> KEYS = Set.of("--optimizer", "--history", "--tasks", "--runs", "--warmups",
            "--timeout-seconds");

    /** Freezes the sizes. */
    public DecisionTimeOptions {
        tasks = List.copyOf(tasks);
        if (runs < 1 || warmups < 0 || timeoutSeconds < 1 || tasks.isEmpty()) {
            throw new IllegalArgumentException("need at least one size, one run and a bound of a second or more");
        }
    }

    /**
     * @param args pairs of {@code --key value}; every key is optional
     * @return the options, by default the heuristic from the initial history at 100 tasks, 5 runs
     *     after 1 warm-up, each within 60 s
     * @throws IllegalArgumentException on an unknown key or a key without a value
     */
    public static DecisionTimeOptions parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!KEYS.contains(args[i]) || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: " + KEYS.stream().sorted().map(k -> k + " VALUE").toList()
                        + "; got " + args[i]);
            }
            given.put(args[i], args[i + 1]);
        }
        return new DecisionTimeOptions(DecisionFixture.Kind.of(given.getOrDefault("--optimizer", "heuristic")),
                DecisionFixture.Stage.of(given.getOrDefault("--history", "initial")),
                Arrays.stream(given.getOrDefault("--tasks", "100").split(",")).map(Integer::valueOf).toList(),
                Integer.parseInt(given.getOrDefault("--runs", "5")), Integer.parseInt(given.getOrDefault("--warmups", "1")),
                Long.parseLong(given.getOrDefault("--timeout-seconds", "60")));
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + " from the " + stage.name().toLowerCase(Locale.ROOT)
                + " history, synthetic:tasks=N,seed=1" + DecisionFixture.SHAPE + "; " + runs + " runs after "
                + warmups + " warm-up(s), each within " + timeoutSeconds + " s";
    }
}
