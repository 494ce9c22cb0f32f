package io.fusionize.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.cli.CliProcess;
import io.fusionize.cli.CliRun;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 20, unit = TimeUnit.MINUTES)
class RunCommandTests {

    @TempDir
    Path state;

    @Test
    void roundRequestsAndRoundSecondsTogetherAreAUsageError() {
        CliRun run = CliRun.of("run", "--app", "iot", "--state", state.toString(), "--round-requests", "10",
                "--round-seconds", "5");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("mutually exclusive");
        assertThat(state).isEmptyDirectory();
    }

    @Test
    void unknownApplicationIsAUserErrorOnOneLine() {
        CliRun run = CliRun.of("run", "--app", "nope", "--state", state.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: unknown application 'nope'; available: ").hasLineCount(1);
        assertThat(state).isEmptyDirectory();
    }

    @Test
    void unknownOptimizerIsAUsageErrorThatNamesTheChoices() {
        CliRun run = CliRun.of("run", "--app", "iot", "--state", state.toString(), "--optimizer", "genetic");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown optimizer 'genetic'; choose fusionize or model");
    }

    @Test
    void roundOfNoRequestsIsAUsageError() {
        CliRun run = CliRun.of("run", "--app", "iot", "--state", state.toString(), "--round-requests", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--round-requests must be at least 1");
    }

    @Test
    void negativeLoadIsAUsageError() {
        CliRun run = CliRun.of("run", "--app", "iot", "--state", state.toString(), "--load", "-1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--load must be 0 or more requests per second");
    }

    @Test
    void requestsWithoutLoadAreAUsageError() {
        CliRun run = CliRun.of("run", "--app", "iot", "--state", state.toString(), "--seed", "7");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--requests and --seed choose what --load sends; give --load RATE too");
        assertThat(state).isEmptyDirectory();
    }

    @Test
    void aBadRequestFileIsAUserErrorNamingItsLineBeforeAnythingStarts(@TempDir Path files) throws Exception {
        Path requests = java.nio.file.Files.writeString(files.resolve("iot.jsonl"),
                "# weights must be positive\n{\"payload\": {\"seed\": 1}, \"weight\": 0}\n");

        CliRun run = CliRun.of("run", "--app", "iot", "--state", state.toString(), "--load", "2",
                "--requests", requests.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("error: " + requests + " line 2: weight must be a positive number,"
                + " not 0");
        assertThat(state).isEmptyDirectory();
    }

    @Test
    void runningPlatformWithoutItsTokenIsAUserError() {
        CliRun run = CliRun.of("run", "--app", "iot", "--state", state.toString(), "--platform",
                "http://127.0.0.1:9");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: no platform token at " + state.resolve("token")).hasLineCount(1);
    }

    @Test
    void unreachablePlatformIsAUserErrorOnOneLine() throws Exception {
        java.nio.file.Files.writeString(state.resolve("token"), "secret\n");

        CliRun run = CliRun.of("run", "--app", "iot", "--state", state.toString(), "--platform",
                "http://127.0.0.1:9", "--max-rounds", "1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: cannot reach a platform at http://127.0.0.1:9 (").hasLineCount(1);
    }

    @Test
    @Tag("slow")
    void decidesARoundOnAnEmbeddedPlatformAndStatusShowsIt() {
        CliRun run = CliRun.of("run", "--app", "iot", "--state", state.toString(), "--load", "2",
                "--round-seconds", "20", "--max-rounds", "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("v1: iot v1: I@").contains("gateway: http://127.0.0.1:")
                .contains("steady load: 2.0 requests/s to ").contains("the application's own requests, seed 42")
                .contains("round 1: ").contains("final setup v").contains("measured: ");

        CliRun status = CliRun.of("status", "--app", "iot", "--state", state.toString());

        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("round: 1").contains("current version: v");
        // The setup reported as final is the one the state resumes on, whatever the last round deployed.
        Matcher last = Pattern.compile("final setup (v\\d+):").matcher(run.out());
        assertThat(last.find()).as(run.out()).isTrue();
        assertThat(status.out()).contains("current version: " + last.group(1) + System.lineSeparator());
    }

    @Test
    @Tag("slow")
    void sigtermEndsTheLoopWithTheFinalSetupAndStopsTheInstances() throws Exception {
        String output = String.join("\n", CliProcess.runUntil("Ctrl-C stops the loop",
                "run", "--app", "iot", "--state", state.toString(), "--load", "1"));

        assertThat(output).contains("final setup v1: iot v1: I@1024").contains("measured: v1");
        // Instances run from the state directory; none may outlive the command.
        assertThat(ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .filter(process -> process.info().commandLine().orElse("").contains(state.toString()))).isEmpty();
    }
}
