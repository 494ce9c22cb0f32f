package io.fusionize.cli.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 300, unit = TimeUnit.SECONDS)
class DeployCommandTests {

    @TempDir
    Path state;

    @Test
    void unknownApplicationIsAUserErrorOnOneLine() {
        CliRun run = CliRun.of("deploy", "--app", "nope", "--setup", "all-remote", "--state", state.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: unknown application 'nope'; available: ").contains("iot")
                .hasLineCount(1);
    }

    @Test
    void missingSetupIsAUsageError() {
        CliRun run = CliRun.of("deploy", "--app", "iot");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--setup=SETUP'");
    }

    @Test
    void missingSetupFileIsAUserError() {
        CliRun run = CliRun.of("deploy", "--app", "iot", "--setup", state.resolve("nope.txt").toString(),
                "--state", state.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: no such file: " + state.resolve("nope.txt"))
                .contains("(a setup is all-remote, all-local, a setup in text form or a file)")
                .hasLineCount(1);
    }

    @Test
    void invalidSetupIsRefusedBeforeThePlatformIsAsked() throws Exception {
        Path setup = Files.writeString(state.resolve("setup.txt"), "I+CW+SE@512");

        CliRun run = CliRun.of("deploy", "--app", "iot", "--setup", setup.toString(), "--state", state.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: invalid setup: ").hasLineCount(1);
    }

    @Test
    void stateWithoutTokenSaysWhereTheTokenWasLookedFor() {
        CliRun run = CliRun.of("deploy", "--app", "iot", "--setup", "all-local", "--state", state.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("error: no platform token at " + state.resolve("token")
                + "; give --state the directory the platform was started with ('fusionize platform start --state DIR')");
    }

    @Test
    void unreachablePlatformIsAUserErrorOnOneLine() throws Exception {
        Files.writeString(state.resolve("token"), "secret\n");

        CliRun run = CliRun.of("deploy", "--app", "iot", "--setup", "all-local", "--state", state.toString(),
                "--platform", "http://127.0.0.1:9");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: cannot reach a platform at http://127.0.0.1:9 (")
                .contains("start one with 'fusionize platform start'").hasLineCount(1);
        assertThat(state.resolve("artifacts")).doesNotExist();
    }
}
