package io.fusionize.experiment.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import io.fusionize.experiment.machine.CpuUtilization;

/** Renders an experiment as the Markdown of {@code report.md}. */
public final class MarkdownReport {

    /** The header of the results table, one column per measure. */
    public static final String RESULTS_HEADER = "| setup | p50 ms | p95 ms | p99 ms | cost / 1k req (US$) | cold starts "
            + "| invocations / req | requests | failed | p50 vs all-remote | cost vs all-remote |";

    private final ExperimentResult result;
    private final StringBuilder out = new StringBuilder();

    private MarkdownReport(ExperimentResult result) {
        this.result = result;
    }

    /**
     * @param result a finished experiment
     * @return its report as Markdown
     */
    public static String render(ExperimentResult result) {
        return new MarkdownReport(result).build();
    }

    private String build() {
        line("# Experiment: " + result.app());
        line("");
        line("- Workload: " + result.workload());
        line("- Scale factor: " + number(result.scale().factor(), 3) + " (" + result.scale().basis() + ")");
        line("- " + result.explorationEnd().reportLine(result.deploymentsToConverge()));
        results();
        entries();
        repetitions();
        setups();
        cpu();
        serviceTimes();
        failures();
        trajectory();
        notes();
        platform();
        return out.toString();
    }

    private void results() {
        section("Results");
        line("Latency is measured by the client from each request's intended send time, so it includes any "
                + "queueing (corrected for coordinated omission).");
        line("");
        line(RESULTS_HEADER);
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        compared().forEach(run -> line(resultRow(run, result.baseline())));
    }

    private void entries() {
        List<SetupRun> split = result.runs().stream().filter(run -> !run.entries().isEmpty()).toList();
        if (split.isEmpty()) {
            return;
        }
        section("Entry tasks");
        line("Root requests started with several entry tasks. Per entry: the root requests the monitor recorded, "
                + "their share, and their median latency at the gateway (the root function's duration where the "
                + "gateway's latencies could not be matched to the entry). A setup measured in blocks shows the mean "
                + "of its blocks' medians, weighted by requests. The optimizer ranks setups by the mean of the "
                + "entries' medians weighted by their shares, and their cost per 1,000 root requests of the mix.");
        line("");
        line("| setup | entry | requests | share | p50 ms |");
        line("|---|---|---:|---:|---:|");
        split.forEach(run -> run.entries().forEach(entry -> line(row(run.name(), entry.entryTask(),
                Long.toString(entry.requests()), percent(entry.requestShare()), number(entry.p50Ms(), 1)))));
    }

    private void repetitions() {
        if (result.blocks().isEmpty()) {
            return;
        }
        section("Repetitions");
        line("All-remote and optimized were measured in alternating blocks (all-remote, optimized, all-remote, ...), "
                + "each deployed fresh and warmed up; all-local ran once, last. The results table pools each setup's "
                + "blocks: percentiles over all their requests, cost and invocations weighted by requests.");
        line("Blocks alternate because the machine's background load drifts over minutes: alternation spreads that "
                + "drift over both setups instead of handing it to one.");
        line("");
        line("| setup | block | p50 ms | p95 ms | cost / 1k req (US$) | machine CPU |");
        line("|---|---:|---:|---:|---:|---:|");
        result.blocks().forEach(block -> line(blockRow(block)));
        pairedChanges();
    }

    private static String blockRow(BlockRun block) {
        SetupRun run = block.run();
        return row(run.name(), Integer.toString(block.block()), number(run.latency().p50(), 1),
                number(run.latency().p95(), 1), number(run.costPer1kUsd(), 4),
                run.cpu().measured() ? percent(run.cpu().mean()) : "not measured");
    }

    private void pairedChanges() {
        PairedChanges changes = PairedChanges.of(result.blocks());
        if (changes.pairs().isEmpty()) {
            return;
        }
        line("");
        line("Paired changes: each optimized block against the all-remote block measured right before it.");
        line("");
        line("| repetition | p50 vs all-remote | cost vs all-remote |");
        line("|---:|---:|---:|");
        changes.pairs().forEach(pair -> line(row(Integer.toString(pair.repetition()),
                PercentChange.format(pair.latencyChange()), PercentChange.format(pair.costChange()))));
        line("");
        line("Median of the paired changes: p50 " + PercentChange.format(changes.medianLatencyChange()) + ", cost "
                + PercentChange.format(changes.medianCostChange()) + ".");
    }

    private List<SetupRun> compared() {
        List<SetupRun> compared = result.runs().stream().filter(run -> !isRound(run)).toList();
        return compared.isEmpty() ? result.runs() : compared;
    }

    private List<SetupRun> rounds() {
        return result.runs().stream().filter(MarkdownReport::isRound).toList();
    }

    private static boolean isRound(SetupRun run) {
        return run.name().startsWith("round-");
    }

    private String resultRow(SetupRun run, Optional<SetupRun> baseline) {
        LatencySummary latency = run.latency();
        OptionalDouble latencyChange = baseline.map(b -> PercentChange.between(b.latency().p50(), latency.p50()))
                .orElse(OptionalDouble.empty());
        OptionalDouble costChange = baseline.map(b -> PercentChange.between(b.costPer1kUsd(), run.costPer1kUsd()))
                .orElse(OptionalDouble.empty());
        return row(run.name(), number(latency.p50(), 1), number(latency.p95(), 1), number(latency.p99(), 1),
                number(run.costPer1kUsd(), 4), Long.toString(run.coldStarts()), number(run.invocationsPerRequest(), 2),
                Long.toString(run.requests()), Long.toString(run.failed()), PercentChange.format(latencyChange),
                PercentChange.format(costChange));
    }

    private void setups() {
        section("Setups");
        result.runs().forEach(run -> line("- " + run.name() + ": `" + run.setup().replace("`", "'") + "`"));
    }

    private void cpu() {
        section("Machine CPU utilization");
        line("| setup | mean | peak | intervals at >= 95 % | saturated |");
        line("|---|---:|---:|---:|---|");
        result.runs().forEach(run -> line(cpuRow(run.name(), run.cpu())));
        List<String> saturated = result.runs().stream().filter(run -> run.cpu().saturated()).map(SetupRun::name).toList();
        line("");
        line(saturated.isEmpty()
                ? "The machine did not saturate in any run."
                : "The machine saturated during " + String.join(", ", saturated)
                        + ": those latencies include waiting for CPU on this machine, not only the setup's own cost.");
    }

    private static String cpuRow(String name, CpuUtilization cpu) {
        if (!cpu.measured()) {
            return row(name, "not measured", "", "", "");
        }
        return row(name, percent(cpu.mean()), percent(cpu.peak()), percent(cpu.busyShare()), cpu.saturated() ? "yes" : "no");
    }

    private void serviceTimes() {
        section("Service time (not corrected)");
        line("Measured from the actual send; the gap to the results table is time spent waiting to be sent.");
        line("");
        line("| setup | p50 ms | p95 ms | p99 ms |");
        line("|---|---:|---:|---:|");
        result.runs().forEach(run -> {
            LatencySummary service = LatencySummary.uncorrected(run.load());
            line(row(run.name(), number(service.p50(), 1), number(service.p95(), 1), number(service.p99(), 1)));
        });
    }

    private void failures() {
        section("Failures");
        List<SetupRun> failing = result.runs().stream().filter(run -> run.failed() > 0).toList();
        if (failing.isEmpty()) {
            line("No request failed in any setup.");
            return;
        }
        line("| setup | cause | requests |");
        line("|---|---|---:|");
        for (SetupRun run : failing) {
            for (Map.Entry<String, Long> cause : run.failureCauses().entrySet()) {
                line(row(run.name(), cause.getKey(), Long.toString(cause.getValue())));
            }
        }
    }

    private void trajectory() {
        section("Optimizer trajectory");
        if (result.trajectory().isEmpty()) {
            line("No optimizer rounds were run.");
            return;
        }
        line("| round | p50 ms | cost / 1k req (US$) | setup |");
        line("|---:|---:|---:|---|");
        result.trajectory().forEach(round -> line(row(roundLabel(round), number(round.latencyP50Ms(), 1),
                number(round.costPer1kUsd(), 4), "`" + round.setup().replace("`", "'") + "`")));
        roundMeasures();
    }

    private static String roundLabel(OptimizerRound round) {
        return round.round() + (round.remeasured() ? " (machine saturated; re-measured)" : "");
    }

    private void roundMeasures() {
        List<SetupRun> rounds = rounds();
        if (rounds.isEmpty() || rounds.size() == result.runs().size()) {
            return;
        }
        line("");
        line("Each round was measured under: " + rounds.get(0).load().workload()
                + ". Changes are against round 1, the all-remote start.");
        line("");
        line(RESULTS_HEADER.replace("vs all-remote", "vs round 1"));
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        rounds.forEach(run -> line(resultRow(run, Optional.of(rounds.get(0)))));
    }

    private void notes() {
        if (result.notes().isEmpty()) {
            return;
        }
        section("Notes");
        result.notes().forEach(note -> line("- " + note));
    }

    private void platform() {
        PlatformSettings platform = result.platform();
        section("Platform settings");
        line("- CPU limit: " + (platform.cpuLimitEnforced() ? "enforced" : "NOT enforced"));
        line("- Memory limit: " + (platform.memoryLimitEnforced() ? "enforced" : "NOT enforced"));
        line("- Emulated network overhead: " + platform.emulatedNetworkOverhead());
        line("- Price table: " + platform.priceTable().describe());
        line("- JVM: " + platform.jvm());
        platform.other().forEach(setting -> line("- " + setting));
    }

    private static String row(String... cells) {
        StringBuilder row = new StringBuilder("|");
        for (String cell : cells) {
            // A pipe inside a cell would split it into two columns.
            row.append(' ').append(cell.replace("|", "\\|")).append(" |");
        }
        return row.toString();
    }

    private static String number(double value, int decimals) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    private void section(String title) {
        line("");
        line("## " + title);
        line("");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
