package io.fusionize.cli.invoke;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fusionize.cli.CliRun;
import io.fusionize.core.record.RecordJson;
import io.fusionize.core.wire.WireCodec;
import io.fusionize.protocol.fusion.InvocationRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 300, unit = TimeUnit.SECONDS)
class InvokeCommandTests {

    @TempDir
    Path directory;

    @Test
    void printsTheResultAndWritesOneRecordPerInvocation() throws Exception {
        Path records = directory.resolve("records.jsonl");

        CliRun run = CliRun.of("invoke", "--app", "iot", "--setup", "all-remote", "--seed", "7",
                "--records", records.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(json(run.out()).get("seed").asLong()).isEqualTo(7);
        List<InvocationRecord> written = Files.readAllLines(records).stream()
                .map(RecordJson::fromJson).collect(Collectors.toList());
        assertThat(written).hasSizeGreaterThanOrEqualTo(10)
                .filteredOn(InvocationRecord::root).singleElement()
                .satisfies(root -> assertThat(root.entryTask()).isEqualTo("I"));
        assertThat(written).flatExtracting(InvocationRecord::calls).allSatisfy(call -> assertThat(call.local()).isFalse());
        assertThat(run.err()).contains(written.size() + " invocation records written to ");
    }

    @Test
    void runsEverythingInOneInvocationUnderAllLocal() throws Exception {
        Path records = directory.resolve("records.jsonl");
        Files.writeString(records, "left from an earlier run\n");

        CliRun run = CliRun.of("invoke", "--app", "iot", "--setup", "all-local", "--seed", "7",
                "--records", records.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllLines(records)).singleElement()
                .satisfies(line -> assertThat(RecordJson.fromJson(line).calls())
                        .isNotEmpty().allSatisfy(call -> assertThat(call.local()).isTrue()));
    }

    @Test
    void acceptsASetupInTextFormDirectlyAndWarnsAboutRulesNoCallUses() {
        CliRun allRemote = CliRun.of("invoke", "--app", "iot", "--setup", "all-remote", "--seed", "5");
        CliRun text = CliRun.of("invoke", "--app", "iot", "--seed", "5",
                "--setup", "I+CW+SE@512, CT+AS@1024, CS+CSL+CSA@1024, CA+DJ@1024, AS@256");

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(json(text.out())).isEqualTo(json(allRemote.out()));
        assertThat(text.err()).contains("warning: function CT: inline sync rule for AS is never used");
    }

    @Test
    void givesTheSameResultUnderEverySetup() throws Exception {
        Path mixed = directory.resolve("mixed.txt");
        Files.writeString(mixed, "I+CW+SE@512, CT@1024, CS+CSL+CSA@1024, CA+DJ@1024, AS@256");

        List<JsonNode> results = List.of("all-remote", "all-local", mixed.toString()).stream()
                .map(setup -> CliRun.of("invoke", "--app", "iot", "--setup", setup, "--seed", "11"))
                .map(run -> json(run.out()))
                .collect(Collectors.toList());

        assertThat(results).doesNotContainNull().allSatisfy(result -> assertThat(result).isEqualTo(results.get(0)));
    }

    @Test
    void refusesAnInvalidSetupWithItsProblems() throws Exception {
        Path setup = directory.resolve("setup.txt");
        Files.writeString(setup, "I+CW+SE@512");

        CliRun run = CliRun.of("invoke", "--app", "iot", "--setup", setup.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: invalid setup: ")
                .contains("task CT is called remotely (async, by I in function I) but has no function")
                .hasLineCount(1);
    }

    @Test
    void refusesInputThatIsNotJson() {
        CliRun run = CliRun.of("invoke", "--app", "iot", "--setup", "all-local", "--input", "{seed: 1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: --input is not valid JSON: ").hasLineCount(1);
    }

    @Test
    void refusesTrailingTextAfterTheJson() {
        CliRun run = CliRun.of("invoke", "--app", "iot", "--setup", "all-local", "--input", "{\"a\":1} x");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo("error: --input is not valid JSON: unexpected text after the JSON "
                + "value at character 9: 'x'; give exactly one JSON value");
    }

    @Test
    void refusesASecondJsonValue() {
        CliRun run = CliRun.of("invoke", "--app", "iot", "--setup", "all-local", "--input", "{} {}");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: --input is not valid JSON: unexpected text after the JSON value")
                .hasLineCount(1);
    }

    @Test
    void refusesATaskThatIsNotAnEntry() {
        CliRun run = CliRun.of("invoke", "--app", "iot", "--setup", "all-remote", "--entry", "CW");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("error: CW is not an entry task of iot; entry tasks: I");
    }

    @Test
    void missingSetupIsAUsageError() {
        CliRun run = CliRun.of("invoke", "--app", "iot");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--setup=SETUP'");
    }

    private static JsonNode json(String text) {
        try {
            return WireCodec.mapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
