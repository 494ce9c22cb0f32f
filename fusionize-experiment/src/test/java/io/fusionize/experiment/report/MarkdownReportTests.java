package io.fusionize.experiment.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.fusionize.deploy.load.ScaleFactor;
import io.fusionize.experiment.machine.CpuUtilization;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class MarkdownReportTests {

    private static String row(String markdown, String setup) {
        return markdown.lines().filter(line -> line.startsWith("| " + setup + " |")).findFirst().orElseThrow();
    }

    @Test
    void comparesEverySetupWithAllRemote() {
        String markdown = MarkdownReport.render(Experiments.iot());

        assertThat(row(markdown, "all-remote")).endsWith("| 0.0 % | 0.0 % |");
        assertThat(row(markdown, "optimized")).contains("| 17.8000 |").endsWith("| -36.9 % |");
        assertThat(row(markdown, "all-local")).contains("| 40 |");
    }

    @Test
    void namesPlatformSettingsScaleAndSaturation() {
        String markdown = MarkdownReport.render(Experiments.iot());

        assertThat(markdown)
                .contains("- CPU limit: enforced")
                .contains("- Memory limit: NOT enforced")
                .contains("- Emulated network overhead: 25 ms per remote invocation")
                .contains("- Price table: aws-x86: $0.0000166667 per GB-s + $0.2 per 1M requests")
                .contains("- JVM: OpenJDK 64-Bit Server VM 17.0.15")
                .contains("- Scale factor: 0.174 (2 cores")
                .contains("| all-local | 97 % | 100 % | 90 % | yes |")
                .contains("The machine saturated during all-local")
                .contains("| all-local | HTTP 504 | 40 |");
    }

    @Test
    void saysSoWhenNothingFailedAndNothingWasMeasured() {
        SetupRun remote = new SetupRun(SetupRun.ALL_REMOTE, "I(512)", Experiments.load(100, 10, 0, ""), 1.0, 0, 3,
                CpuUtilization.notMeasured());
        ExperimentResult result = new ExperimentResult("tree", "coldstart", Experiments.iot().platform(),
                ScaleFactor.none(), List.of(remote), List.of(), 0);

        String markdown = MarkdownReport.render(result);

        assertThat(markdown).contains("No request failed in any setup.")
                .contains("| all-remote | not measured |")
                .contains("No optimizer rounds were run.")
                .contains("The machine did not saturate in any run.");
    }

    @Test
    void saysARunThatStoppedAtTheDeploymentLimitDidNotConverge() {
        ExperimentResult converged = Experiments.iot();
        ExperimentResult stopped = new ExperimentResult(converged.app(), converged.workload(), converged.platform(),
                converged.scale(), converged.runs(), converged.trajectory(), 12, converged.notes(), converged.blocks(),
                ExplorationEnd.DEPLOYMENT_LIMIT);

        assertThat(MarkdownReport.render(converged)).contains("- Deployments to converge: 5");
        assertThat(MarkdownReport.render(stopped))
                .contains("- Deployments: stopped at the deployment limit (12) without converging")
                .doesNotContain("to converge");
        assertThat(ExplorationEnd.DEPLOYMENT_LIMIT.describe(12))
                .isEqualTo("stopped at the deployment limit (12) without converging");
        assertThat(ExplorationEnd.STOPPED.describe(3)).isEqualTo("3 deployments, stopped without converging");
    }

    @Test
    void keepsPipesInsideTheirCells() {
        SetupRun run = new SetupRun(SetupRun.ALL_REMOTE, "x", Experiments.load(100, 10, 2, "bad | worse"), 1.0, 0, 3,
                CpuUtilization.notMeasured());
        ExperimentResult result = new ExperimentResult("tree", "w", Experiments.iot().platform(), ScaleFactor.none(),
                List.of(run), List.of(), 0);

        assertThat(MarkdownReport.render(result)).contains("| all-remote | bad \\| worse | 5 |");
    }
}
