package io.fusionize.cli.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class DashboardCommandTests {

    @TempDir
    Path directory;

    @Test
    void aDirectoryWithoutRunOrSnapshotIsAUserErrorThatSaysWhatToGive() {
        CliRun run = CliRun.of("dashboard", "--state", directory.toString(), "--port", "0");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: " + directory + " holds no dashboard snapshot and no loop state")
                .hasLineCount(1);
    }

    @Test
    void aMissingDirectoryIsAUserError() {
        CliRun run = CliRun.of("dashboard", "--state", directory.resolve("nope").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no directory");
    }

    @Test
    void theLongRunningCommandsOfferTheDashboardAndTheSpanExport() {
        for (String[] command : new String[][] {{"run"}, {"experiment"}, {"demo"}}) {
            assertThat(CliRun.of(append(command, "--help")).out()).as(command[0])
                    .contains("--dashboard", "--dashboard-port=P");
        }
        for (String[] command : new String[][] {{"run"}, {"experiment"}, {"platform", "start"}}) {
            assertThat(CliRun.of(append(command, "--help")).out()).as(String.join(" ", command))
                    .contains("--otlp-endpoint=URL");
        }
    }

    @Test
    void anOtlpEndpointThatIsNoHttpUrlIsAUsageError() {
        CliRun run = CliRun.of("run", "--app", "relay", "--state", directory.toString(), "--otlp-endpoint",
                "ftp://example.org");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--otlp-endpoint must be an http or https URL");
    }

    private static String[] append(String[] command, String arg) {
        String[] args = java.util.Arrays.copyOf(command, command.length + 1);
        args[command.length] = arg;
        return args;
    }
}
