package io.fusionize.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 20, unit = TimeUnit.MINUTES)
class DemoCommandTests {

    @TempDir
    Path directory;

    @Test
    void inProcessRunsTheIotApplicationUnderThreeSetups() {
        CliRun run = CliRun.of("demo", "--in-process", "--seed", "5");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("all-remote: iot v1: I@1024, CW@1024")
                .contains("all-local: iot v1: I+CW+SE")
                .contains("mixed: iot v1: I+CW+SE@1024, CT@1024")
                .contains("invocations: 1 (remote calls 0, local calls ")
                .contains("The result is identical under every setup");
    }

    @Test
    void appWithoutInProcessIsAUsageError() {
        CliRun run = CliRun.of("demo", "--app", "tree", "--out", directory.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--app applies to --in-process only");
        assertThat(directory).isEmptyDirectory();
    }

    @Test
    void aRequestFileDoesNotApplyToTheInProcessDemo() throws Exception {
        Path requests = Files.writeString(directory.resolve("iot.jsonl"), "{\"payload\": {\"seed\": 1}}\n");

        CliRun run = CliRun.of("demo", "--in-process", "--requests", requests.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--requests applies to the demo's load, not to --in-process");
    }

    @Test
    void aRequestFileForAnotherApplicationIsAUserErrorBeforeTheDemoStarts() throws Exception {
        Path requests = Files.writeString(directory.resolve("tree.jsonl"), "{\"payload\": {}, \"entry\": \"A\"}\n");
        Path out = directory.resolve("demo");

        CliRun run = CliRun.of("demo", "--requests", requests.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("error: " + requests + " line 1: unknown entry 'A'; iot's entries: I");
        assertThat(out).doesNotExist();
    }

    @Test
    void negativeEmulatedOverheadIsAUsageError() {
        CliRun run = CliRun.of("demo", "--emulated-overhead-ms", "-5", "--out", directory.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--emulated-overhead-ms must be 0 or more, not -5.0");
        assertThat(directory).isEmptyDirectory();
    }

    @Test
    void inProcessRefusesAnUnknownApplication() {
        CliRun run = CliRun.of("demo", "--in-process", "--app", "nope");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: unknown application 'nope'").hasLineCount(1);
    }

    @Test
    @Tag("slow")
    void optimizesIotOnAnEmbeddedPlatformAndPrintsTheTable() {
        Path out = directory.resolve("demo");

        CliRun run = CliRun.of("demo", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Fusionize demo").contains("adds 25 ms to every synchronous invocation")
                .contains("all-remote").contains("optimized")
                .contains("all-local").contains("full report: " + out.toAbsolutePath().resolve("report.md"));
        assertThat(Files.isRegularFile(out.resolve("report.md"))).isTrue();
    }
}
