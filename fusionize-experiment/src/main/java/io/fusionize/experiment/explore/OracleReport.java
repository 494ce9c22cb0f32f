package io.fusionize.experiment.explore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Renders {@code oracle.md}: how many setups exist and how many were measured, how, how long it
 * took, the best setup per objective, and every measured setup sorted by median latency with the
 * Pareto front marked. The {@code #} column is the setup's index in {@code oracle.json}.
 */
public final class OracleReport {

    /** The file's name in the output directory. */
    public static final String FILE = "oracle.md";

    private OracleReport() {
    }

    /**
     * @param exploration a finished exploration
     * @return its report, in Markdown
     */
    public static String render(Exploration exploration) {
        Objects.requireNonNull(exploration, "exploration must not be null");
        StringBuilder md = new StringBuilder("# Oracle: " + exploration.application() + "\n\n");
        md.append(summary(exploration)).append("\n\n## Best per objective\n\n").append(best(exploration.oracle()))
                .append("\n## Every measured setup, by median latency\n\n").append(table(exploration.oracle()));
        return md.toString();
    }

    private static String summary(Exploration e) {
        Oracle oracle = e.oracle();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Measured %d of %d planned setups; the space holds %s.", oracle.measured(),
                e.planned(), e.space().describe()));
        lines.add("- Routings: " + e.routings() + "; all-remote and all-local always. Each routing gives every function"
                + " one memory size.");
        lines.add(String.format(Locale.ROOT, "- Measurement: %d passes, every other one in reverse order, each setup "
                + "deployed fresh for each pass and its passes pooled; latency from each request's intended send "
                + "time, cost per 1,000 root requests from the platform's reports.", e.passes()));
        lines.add("- Workload per pass: " + e.workload() + ".");
        lines.add("- Conditions: " + e.conditions() + ".");
        lines.add("- Took " + took(e.took()) + (e.stopped() ? "; stopped before every planned measurement was made"
                : "") + ".");
        return String.join("\n", lines);
    }

    private static String best(Oracle oracle) {
        Oracle.Best best = oracle.best();
        if (best.latency() == null) {
            return "No setup had every request answered, so none is best.\n";
        }
        StringBuilder md = new StringBuilder("| objective | # | setup | p50 ms | US$ / 1k req |\n|---|---:|---|---:|---:|\n");
        md.append(bestRow("balanced", best.balanced(), oracle)).append(bestRow("latency", best.latency(), oracle))
                .append(bestRow("cost", best.cost(), oracle));
        return md.append("\n- balanced: ").append(oracle.balancedRule()).append(".\n")
                .append("- latency: the lowest median; ties go to the cheaper setup.\n")
                .append("- cost: the lowest cost per 1,000 requests; ties go to the faster setup.\n")
                .append("- Only setups whose every request was answered can be best or on the front.\n").toString();
    }

    private static String bestRow(String objective, int index, Oracle oracle) {
        MeasuredSetup setup = oracle.setups().get(index);
        return String.format(Locale.ROOT, "| %s | %d | `%s` | %s | %.4f |%n", objective, index, setup.setup(),
                ms(setup.p50Ms()), setup.costPer1kUsd());
    }

    private static String table(Oracle oracle) {
        StringBuilder md = new StringBuilder("| # | setup | p50 ms | p50 95 % CI | p95 ms | US$ / 1k req | failed "
                + "| passes | front | best |\n|---:|---|---:|---|---:|---:|---:|---:|---|---|\n");
        List<MeasuredSetup> setups = oracle.setups();
        IntStream.range(0, setups.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> sortKey(setups.get(i))).thenComparingInt(i -> i))
                .forEach(i -> md.append(row(i, oracle)));
        return md.toString();
    }

    private static String row(int index, Oracle oracle) {
        MeasuredSetup setup = oracle.setups().get(index);
        LatencyFigures latency = setup.latency();
        return String.format(Locale.ROOT, "| %d | `%s` | %s | %s–%s | %s | %.4f | %d / %d | %d | %s | %s |%n", index,
                setup.setup(), ms(latency.p50Ms()), ms(latency.p50LowMs()), ms(latency.p50HighMs()),
                ms(latency.p95Ms()), setup.costPer1kUsd(), setup.failed(), setup.requests(), setup.passes(),
                oracle.front().contains(index) ? "yes" : "", bestOf(index, oracle.best()));
    }

    private static String bestOf(int index, Oracle.Best best) {
        List<String> objectives = new ArrayList<>();
        if (Integer.valueOf(index).equals(best.balanced())) {
            objectives.add("balanced");
        }
        if (Integer.valueOf(index).equals(best.latency())) {
            objectives.add("latency");
        }
        if (Integer.valueOf(index).equals(best.cost())) {
            objectives.add("cost");
        }
        return String.join(", ", objectives);
    }

    // Setups without a median go last.
    private static double sortKey(MeasuredSetup setup) {
        return Double.isFinite(setup.p50Ms()) ? setup.p50Ms() : Double.MAX_VALUE;
    }

    private static String ms(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.1f", value) : "n/a";
    }

    /**
     * @param took a duration
     * @return it in words, e.g. {@code 4 min 5 s}
     */
    static String took(Duration took) {
        long seconds = Math.round(took.toMillis() / 1000.0);
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }
}
