package io.fusionize.cli.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.cli.CliRun;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 300, unit = TimeUnit.SECONDS)
class SetupCommandsTests {

    @TempDir
    Path directory;

    @Test
    void generatesAllRemoteAsJson() {
        CliRun run = CliRun.of("setup", "generate", "--app", "iot", "--all-remote", "--memory", "512");

        assertThat(run.exitCode()).isZero();
        Setup setup = SetupJson.parse(run.out());
        assertThat(setup.functions()).hasSize(10)
                .allSatisfy(function -> assertThat(function.memoryMb()).isEqualTo(512));
    }

    @Test
    void generatesAllLocalAsText() {
        CliRun run = CliRun.of("setup", "generate", "--app", "iot", "--all-local", "--format", "text");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("iot v1: I+CW+SE+CSL+CSA+DJ&CT&CS&CA&AS@1024");
    }

    @Test
    void generatesFromTheTextForm() {
        CliRun run = CliRun.of("setup", "generate", "--app", "iot", "--text",
                "v4: I+CW+SE@512, CT@128, CS+CSL+CSA@1024, CA+DJ@1024, AS@256");

        assertThat(run.exitCode()).isZero();
        Setup setup = SetupJson.parse(run.out());
        assertThat(setup.version()).isEqualTo(4);
        assertThat(setup.function("CS").orElseThrow().inlineSync()).containsExactly("CSL", "CSA");
    }

    @Test
    void refusesToGenerateAnIncompleteSetup() {
        CliRun run = CliRun.of("setup", "generate", "--app", "iot", "--text", "I+CW+SE@512");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("task CT is called remotely (async, by I in function I) but has no function");
    }

    @Test
    void reportsTheTextFormsPositionOnOneLine() {
        CliRun run = CliRun.of("setup", "generate", "--app", "iot", "--text", "I+CW@");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip())
                .isEqualTo("error: setup text at position 6: expected the memory size in MB after '@'");
    }

    @Test
    void validatesAValidFile() throws Exception {
        Path file = directory.resolve("setup.json");
        Files.writeString(file, CliRun.of("setup", "generate", "--app", "iot", "--all-remote").out());

        CliRun run = CliRun.of("setup", "validate", "--app", "iot", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("valid");
    }

    @Test
    void validatesAFileInTextForm() throws Exception {
        Path file = directory.resolve("setup.txt");
        Files.writeString(file, "I+CW+SE&CT&CS&CA&AS+CSL+CSA+DJ@512\n");

        assertThat(CliRun.of("setup", "validate", "--app", "iot", file.toString()).out().strip()).isEqualTo("valid");
    }

    @Test
    void aValidSetupWithAFunctionNothingReachesGetsAWarning() throws Exception {
        Path file = directory.resolve("unreached.txt");
        Files.writeString(file, "I+CW+SE@512, CW@128, CT@128, CS+CSL+CSA@1024, CA+DJ@1024, AS@256");

        CliRun run = CliRun.of("setup", "validate", "--app", "iot", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly("valid", "warning: function CW is never invoked: no entry"
                + " task's requests reach it (every call to CW runs inline elsewhere)");
    }

    @Test
    void printsOneLinePerProblem() throws Exception {
        Path file = directory.resolve("setup.json");
        Files.writeString(file, "{\"application\": \"iot\", \"functions\": ["
                + "{\"entry\": \"I\", \"memoryMb\": 64, \"inlineSync\": [\"CW\", \"SE\"],"
                + " \"inlineAsync\": [\"CT\", \"CS\", \"CA\", \"AS\"]},"
                + "{\"entry\": \"XX\", \"memoryMb\": 512}]}");

        CliRun run = CliRun.of("setup", "validate", "--app", "iot", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).containsExactlyInAnyOrder(
                "function I: memory 64 MB is outside 128–10240 MB",
                "unknown task XX is the entry of a function",
                "function I: inline set not closed: CS runs inline and calls CSL sync,"
                        + " but CSL is neither inline sync nor hosted by a function",
                "function I: inline set not closed: CS runs inline and calls CSA sync,"
                        + " but CSA is neither inline sync nor hosted by a function",
                "function I: inline set not closed: CA runs inline and calls DJ sync,"
                        + " but DJ is neither inline sync nor hosted by a function");
    }

    @Test
    void reportsMalformedJsonWithLineAndColumn() throws Exception {
        Path file = directory.resolve("broken.json");
        Files.writeString(file, "{\n  \"application\": \"iot\"\n  \"functions\": []\n}");

        CliRun run = CliRun.of("setup", "validate", "--app", "iot", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("malformed setup JSON at line 3, column 3: ");
    }

    @Test
    void reportsAMissingFile() {
        CliRun run = CliRun.of("setup", "validate", "--app", "iot", directory.resolve("none.json").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: no such file: ").hasLineCount(1);
    }

    @Test
    void namesAFileThatIsNotUtf8() throws Exception {
        Path file = directory.resolve("latin1.txt");
        byte[] text = "I+CW+SE@512 # caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, text);

        CliRun run = CliRun.of("setup", "validate", "--app", "iot", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("error: setup file " + file + " is not valid UTF-8: invalid byte "
                + "0xE9 at line 1, column 18 (byte offset 17); save it as UTF-8");
    }

    @Test
    void validateNamesTheFunctionOfAMemorySizeGivenAsAString() throws Exception {
        Path file = directory.resolve("setup.json");
        Files.writeString(file, "{\"application\":\"iot\",\"functions\":[{\"entry\":\"I\",\"memoryMb\":\"512\"}]}");

        CliRun run = CliRun.of("setup", "validate", "--app", "iot", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("function I: memoryMb must be a whole number of MB, not the string \"512\"");
    }

    @Test
    void missingFileArgumentIsAUsageError() {
        CliRun run = CliRun.of("setup", "validate", "--app", "iot");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter: 'FILE'");
    }

    @Test
    void diffsTwoSetups() throws Exception {
        Path file = directory.resolve("mixed.txt");
        Files.writeString(file, "I+CW+SE@512, CT@1024, CS+CSL+CSA@1024, CA+DJ@1024, AS@1024");

        CliRun run = CliRun.of("setup", "diff", "--app", "iot", "all-remote", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly("remove function CW", "remove function SE",
                "remove function CSL", "remove function CSA", "remove function DJ",
                "inline CW into I", "inline SE into I", "I: 1024 → 512 MB",
                "inline CSL into CS", "inline CSA into CS", "inline DJ into CA");
    }
}
