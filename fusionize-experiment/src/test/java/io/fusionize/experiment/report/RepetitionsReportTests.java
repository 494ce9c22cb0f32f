package io.fusionize.experiment.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RepetitionsReportTests {

    private static String section(String markdown, String title) {
        int start = markdown.indexOf("## " + title);
        assertThat(start).as(title).isNotNegative();
        int end = markdown.indexOf("\n## ", start + 1);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    @Test
    void listsEveryBlockInTheOrderMeasured() {
        String repetitions = section(MarkdownReport.render(Experiments.inBlocks()), "Repetitions");

        List<String> rows = repetitions.lines().filter(line -> line.matches("\\| [a-z-]+ \\| \\d \\|.*")).toList();
        assertThat(rows).containsExactly(
                "| all-remote | 1 | 40.0 | 40.0 | 0.0100 | 55 % |",
                "| optimized | 1 | 20.0 | 20.0 | 0.0060 | 55 % |",
                "| all-remote | 2 | 60.0 | 60.0 | 0.0100 | 97 % |",
                "| optimized | 2 | 54.0 | 54.0 | 0.0080 | 55 % |",
                "| all-local | 1 | 100.0 | 100.0 | 0.0050 | 55 % |");
        assertThat(repetitions).contains("background load drifts");
    }

    @Test
    void pairsEachOptimizedBlockWithTheAllRemoteBlockBeforeItAndGivesTheMedian() {
        String repetitions = section(MarkdownReport.render(Experiments.inBlocks()), "Repetitions");

        assertThat(repetitions).contains("| 1 | -50.0 % | -40.0 % |").contains("| 2 | -10.0 % | -20.0 % |")
                .contains("Median of the paired changes: p50 -30.0 %, cost -30.0 %.");
    }

    @Test
    void theResultsTablePoolsTheBlocks() {
        String markdown = MarkdownReport.render(Experiments.inBlocks());

        // Remote: 20 requests at 40 ms and 20 at 60 ms; optimized: 20 at 20 ms and 20 at 54 ms.
        assertThat(markdown).contains("| all-remote | 40.0 | 60.0 | 60.0 | 0.0100 | 0 | 9.00 | 40 | 0 |")
                .contains("| optimized | 20.0 | 54.0 | 54.0 | 0.0070 | 0 | 9.00 | 40 | 0 | -50.0 % | -30.0 % |");
    }

    @Test
    void anExperimentWithoutBlocksHasNoRepetitionsSection() {
        assertThat(MarkdownReport.render(Experiments.iot())).doesNotContain("## Repetitions");
    }

    @Test
    void aRemeasuredRoundIsKeptAndMarked() {
        SetupRun first = Experiments.run(SetupRun.roundName(1), 300, 0.02, Experiments.SATURATED);
        SetupRun second = Experiments.run(SetupRun.roundName(1), 100, 0.01, Experiments.CALM);
        ExperimentResult sample = Experiments.iot();
        ExperimentResult result = new ExperimentResult("iot", "w", sample.platform(), sample.scale(), List.of(second),
                List.of(OptimizerRound.remeasured(1, first), OptimizerRound.of(1, second)), 1);

        String trajectory = section(MarkdownReport.render(result), "Optimizer trajectory");

        assertThat(trajectory).contains("| 1 (machine saturated; re-measured) | ")
                .containsPattern("\\| 1 \\| \\d+\\.\\d \\| 0\\.0100 \\|");
    }
}
