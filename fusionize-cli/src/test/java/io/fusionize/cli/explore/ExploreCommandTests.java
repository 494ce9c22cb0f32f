package io.fusionize.cli.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fusionize.cli.CliRun;
import io.fusionize.cli.fixture.RelayApplication;
import io.fusionize.core.app.Applications;
import io.fusionize.experiment.explore.ExploreOptions;
import io.fusionize.experiment.explore.RoutingChoice;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ExploreCommandTests {

    @TempDir
    Path out;

    @Test
    void sizesOutOfRangeAreAUsageErrorSaidOnOneLine() {
        CliRun run = explore("--sizes", "64,1024");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().findFirst()).hasValue("--sizes must be between 128 and 10240 MB, were [64, 1024]");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void aSizeGivenTwiceIsAUsageError() {
        CliRun run = explore("--sizes", "512,512");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().findFirst()).hasValue("--sizes must name each size once, were [512, 512]");
    }

    @Test
    void sizesThatAreNoNumbersAreAUsageError() {
        CliRun run = explore("--sizes", "big");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().findFirst().orElseThrow()).startsWith("Invalid value for option '--sizes'")
                .contains("'big' is not an int");
    }

    @Test
    void aRoutingsChoiceOfAnotherFormIsAUsageErrorSaidOnOneLine() {
        CliRun run = explore("--routings", "some");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().findFirst())
                .hasValue("--routings must be all, sample:N or all+sample:N (N at least 0), was 'some'");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void unknownApplicationIsAUserErrorOnOneLine() {
        CliRun run = CliRun.of("explore", "--app", "nope", "--workload", "coldstart:1", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: unknown application 'nope'").hasLineCount(1);
    }

    @Test
    void unknownWorkloadIsAUserErrorOnOneLine() {
        CliRun run = CliRun.of("explore", "--app", "tree", "--workload", "spiky", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: ").contains("spiky").hasLineCount(1);
    }

    @Test
    void optionsReachTheExploration() {
        ExploreCommand command = new ExploreCommand();
        new CommandLine(command).parseArgs("--app", "tree", "--workload", "coldstart:3", "--out", out.toString(),
                "--sizes", "512,2048", "--routings", "sample:2", "--seed", "9", "--emulated-overhead-ms", "25",
                "--quick");

        ExploreOptions options = command.options(Applications.find("tree"),
                new PrintStream(OutputStream.nullOutputStream()));

        assertThat(options.sizesMb()).containsExactly(512, 2048);
        assertThat(options.routings()).isEqualTo(new RoutingChoice(false, 2));
        assertThat(options.seed()).isEqualTo(9);
        assertThat(options.passes()).isEqualTo(2);
        assertThat(options.experiment().emulatedOverheadMs()).isEqualTo(25);
        assertThat(options.experiment().quick()).isTrue();
        assertThat(options.experiment().outputDirectory()).isEqualTo(out);
    }

    @Test
    void theDefaultsAreOneSizeAndEveryRoutingWithAsyncCallsRemotePlusFour() {
        ExploreCommand command = new ExploreCommand();
        new CommandLine(command).parseArgs("--app", "tree", "--workload", "coldstart:3", "--out", out.toString());

        ExploreOptions options = command.options(Applications.find("tree"),
                new PrintStream(OutputStream.nullOutputStream()));

        assertThat(options.sizesMb()).containsExactly(1024);
        assertThat(options.routings()).isEqualTo(RoutingChoice.DEFAULT);
        assertThat(options.seed()).isEqualTo(42);
    }

    @Test
    void helpNamesTheOptions() {
        CliRun run = CliRun.of("explore", "--help");

        assertThat(run.out()).contains("--sizes=MB").contains("--routings=CHOICE").contains("--seed=N")
                .contains("--app-jar=PATH").contains("--emulated-overhead-ms=X").contains("oracle.json")
                .contains("with its 95 % interval");
    }

    @Test
    void exploresARealApplicationAndPrintsTheBestSetups() throws Exception {
        Path requests = Files.writeString(out.resolve("relay.jsonl"), "{\"payload\": \"hello\"}\n");
        Path oracleDir = out.resolve("oracle");

        CliRun run = CliRun.of("explore", "--app", RelayApplication.NAME, "--workload", "coldstart:1", "--routings",
                "sample:0", "--requests", requests.toString(), "--out", oracleDir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("setup 1 of 2, pass 1 of 2: Relay@1024, Stamp@1024, Echo@1024: p50 ")
                .contains("setup 1 of 2, pass 2 of 2: ").contains("measured 2 of 2 planned setups")
                .contains("best balanced: #").contains("oracle: " + oracleDir.resolve("oracle.md").toAbsolutePath());
        JsonNode oracle = new ObjectMapper().readTree(oracleDir.resolve("oracle.json").toFile());
        assertThat(oracle.get("measured").asInt()).isEqualTo(2);
        assertThat(oracle.get("setups").findValuesAsText("failed")).containsExactly("0", "0");
        assertThat(oracleDir.resolve("front.png")).isNotEmptyFile();
    }

    private CliRun explore(String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("explore", "--app", "tree", "--workload", "coldstart:1",
                "--out", out.toString()));
        args.addAll(List.of(options));
        return CliRun.of(args.toArray(String[]::new));
    }
}
