package io.fusionize.cli.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.cli.CliRun;
import io.fusionize.deploy.load.RequestChoice;
import io.fusionize.experiment.run.ExperimentOptions;
import io.fusionize.optimizer.Goal;
import io.fusionize.protocol.billing.Architecture;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ExperimentCommandTests {

    @TempDir
    Path out;

    @Test
    void missingOutIsAUsageError() {
        CliRun run = CliRun.of("experiment", "--app", "iot", "--workload", "bursty");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--out=DIR'");
    }

    @Test
    void unknownWorkloadIsAUserErrorOnOneLine() {
        CliRun run = CliRun.of("experiment", "--app", "iot", "--workload", "spiky", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: ").contains("spiky").hasLineCount(1);
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void missingReplayFileIsAUserError() {
        CliRun run = CliRun.of("experiment", "--app", "iot", "--workload", "replay:" + out.resolve("nope.csv"),
                "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: cannot read replay file ").hasLineCount(1);
    }

    @Test
    void unknownApplicationIsAUserError() {
        CliRun run = CliRun.of("experiment", "--app", "nope", "--workload", "bursty", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: unknown application 'nope'").hasLineCount(1);
    }

    @Test
    void negativeOverheadIsAUserError() {
        CliRun run = CliRun.of("experiment", "--app", "iot", "--workload", "coldstart:3",
                "--emulated-overhead-ms", "-5", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("emulated overhead must be at least 0 ms").hasLineCount(1);
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void outThatIsAFileIsAUserError() throws Exception {
        Path file = Files.writeString(out.resolve("file"), "x");

        CliRun run = CliRun.of("experiment", "--app", "iot", "--workload", "bursty", "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("error: --out " + file + " is a file; give a directory");
    }

    @Test
    void memorySizeOutOfRangeIsAUsageError() {
        CliRun run = CliRun.of("experiment", "--app", "iot", "--workload", "bursty", "--out", out.toString(),
                "--memory-sizes", "64,1024");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--memory-sizes must be between 128 and 10240 MB");
    }

    @Test
    void repetitionsBelowOneIsAUsageError() {
        CliRun run = CliRun.of("experiment", "--app", "iot", "--workload", "bursty", "--out", out.toString(),
                "--repetitions", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--repetitions must be at least 1");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void unknownOptimizerIsAUsageErrorNamingTheAcceptedOnes() {
        CliRun run = CliRun.of("experiment", "--app", "iot", "--workload", "bursty", "--out", out.toString(),
                "--optimizer", "genetic");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown optimizer 'genetic'; choose fusionize or model");
    }

    @Test
    void repetitionsAndOptimizerReachTheExperimentsOptions() {
        ExperimentCommand command = new ExperimentCommand();
        new CommandLine(command).parseArgs("--app", "iot", "--workload", "bursty", "--out", out.toString(),
                "--repetitions", "5", "--optimizer", "model");

        ExperimentOptions options = command.options(new PrintStream(OutputStream.nullOutputStream()));

        assertThat(options.repetitions()).isEqualTo(5);
        assertThat(options.optimizer()).isEqualTo("model");
    }

    @Test
    void objectiveAndArchitectureReachTheExperimentsOptions() {
        ExperimentCommand command = new ExperimentCommand();
        new CommandLine(command).parseArgs("--app", "iot", "--workload", "bursty", "--out", out.toString(),
                "--objective", "cost<=0.02", "--architecture", "arm64");

        ExperimentOptions options = command.options(new PrintStream(OutputStream.nullOutputStream()));

        assertThat(options.goal()).isEqualTo(new Goal.CostBound(0.02));
        assertThat(options.architecture()).isEqualTo(Architecture.ARM64);
    }

    @Test
    void malformedRequestFileIsAUserErrorNamingFileAndLine() throws Exception {
        Path requests = Files.writeString(out.resolve("iot.jsonl"), "{\"payload\": {\"seed\": 1}}\n{\"payload\": \n");

        CliRun run = CliRun.of("experiment", "--app", "iot", "--workload", "bursty", "--out",
                out.resolve("report").toString(), "--requests", requests.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: " + requests + " line 2: malformed JSON: ").hasLineCount(1);
        assertThat(out.resolve("report")).doesNotExist();
    }

    @Test
    void missingRequestFileIsAUserError() {
        Path missing = out.resolve("nope.jsonl");

        CliRun run = CliRun.of("experiment", "--app", "iot", "--workload", "bursty", "--out", out.toString(),
                "--requests", missing.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("error: cannot read request file " + missing
                + " (NoSuchFileException)");
    }

    @Test
    void requestsAndSeedReachTheExperimentsOptions() throws Exception {
        Path requests = Files.writeString(out.resolve("iot.jsonl"), "{\"payload\": {\"seed\": 1}}\n");
        ExperimentCommand command = new ExperimentCommand();
        new CommandLine(command).parseArgs("--app", "iot", "--workload", "bursty", "--out", out.toString(),
                "--requests", requests.toString(), "--seed", "9");

        ExperimentOptions options = command.options(new PrintStream(OutputStream.nullOutputStream()));

        assertThat(options.requests()).isEqualTo(new RequestChoice(Optional.of(requests), 9));
    }

    @Test
    void helpNamesTheNewOptions() {
        CliRun run = CliRun.of("experiment", "--help");

        assertThat(run.out()).contains("--repetitions=N").contains("--optimizer=NAME").contains("alternating")
                .contains("--requests=FILE").contains("--seed=N");
    }
}
