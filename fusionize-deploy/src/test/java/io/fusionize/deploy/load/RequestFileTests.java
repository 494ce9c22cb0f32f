package io.fusionize.deploy.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fusionize.api.Application;
import io.fusionize.api.Request;
import io.fusionize.api.RequestMix;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RequestFileTests {

    private static final String VALID = """
            # reads three times as often as writes
            {"payload": {"item": 7}, "entry": "read", "weight": 3}

            {"payload": {"item": 7, "qty": 1}, "entry": "write"}
              # a comment may be indented
            {"payload": [1, "two", null]}
            """;

    private final Application shop = ShopApplication.create();

    @TempDir
    Path directory;

    @Test
    void readsPayloadsEntriesAndWeights() throws Exception {
        Path file = Files.writeString(directory.resolve("requests.jsonl"), VALID);
        RequestMix mix = RequestFile.read(file, shop);
        Random random = new Random(1);
        Map<Request, Integer> counts = new HashMap<>();

        for (int i = 0; i < 5_000; i++) {
            counts.merge(mix.next(random), 1, Integer::sum);
        }

        // Weights 3, 1 and 1: expected 3,000, 1,000 and 1,000 of 5,000.
        assertThat(counts).containsOnlyKeys(new Request("read", "{\"item\":7}"),
                new Request("write", "{\"item\":7,\"qty\":1}"), new Request("read", "[1,\"two\",null]"));
        assertThat(counts.get(new Request("read", "{\"item\":7}"))).isBetween(2_700, 3_300);
        assertThat(counts.get(new Request("write", "{\"item\":7,\"qty\":1}"))).isBetween(800, 1_200);
        assertThat(mix.entryShares().get("read")).isCloseTo(0.8, within(1e-9));
        assertThat(mix.entryShares().get("write")).isCloseTo(0.2, within(1e-9));
    }

    @Test
    void anEntryDefaultsToTheApplicationsFirstAndAnyJsonIsAPayload() {
        RequestMix mix = parse("{\"payload\": \"text\"}\n{\"payload\": null, \"weight\": 0.5}");

        assertThat(mix.entryShares()).containsOnlyKeys("read");
    }

    @Test
    void malformedJsonNamesFileLineAndTheParsersComplaint() {
        assertProblem("{\"payload\": {}}\n{\"payload\": ", 2, "malformed JSON: ");
        assertProblem("{\"payload\": 1} {\"payload\": 2}", 1, "malformed JSON: more after the object; one request per line");
        assertProblem("[1, 2]", 1, "a line must be a JSON object with a payload, not [1, 2]");
    }

    @Test
    void aLineWithoutPayloadIsRefused() {
        assertProblem("{\"payload\": 1}\n# fine so far\n{\"entry\": \"read\"}", 3, "missing payload; a line is "
                + "{\"payload\": <JSON>, \"entry\": \"NAME\", \"weight\": N}");
    }

    @Test
    void weightsMustBePositiveNumbers() {
        assertProblem("{\"payload\": 1, \"weight\": 0}", 1, "weight must be a positive number, not 0");
        assertProblem("{\"payload\": 1, \"weight\": -2.5}", 1, "weight must be a positive number, not -2.5");
        assertProblem("{\"payload\": 1, \"weight\": \"3\"}", 1, "weight must be a positive number, not \"3\"");
    }

    @Test
    void entriesMustBeEntryTasksOfTheApplication() {
        assertProblem("{\"payload\": 1, \"entry\": \"price\"}", 1, "unknown entry 'price'; shop's entries: read, write");
        assertProblem("{\"payload\": 1, \"entry\": 3}", 1, "entry must be a task name in quotes, not 3");
    }

    @Test
    void unknownFieldsAreRefusedRatherThanIgnored() {
        assertProblem("{\"payload\": 1, \"wieght\": 2}", 1, "unknown field 'wieght'; a line has payload, entry and weight");
    }

    @Test
    void aFileWithoutRequestsIsRefused() {
        assertProblem("# nothing\n\n", 2, "no requests; every line is blank or a comment");
    }

    @Test
    void theFilesNameLeadsEveryProblem() throws Exception {
        Path file = Files.writeString(directory.resolve("bad.jsonl"), "{\"payload\": 1, \"weight\": 0}\n");

        assertThatThrownBy(() -> RequestFile.read(file, shop)).isInstanceOf(RequestFileException.class)
                .hasMessage(file + " line 1: weight must be a positive number, not 0");
    }

    @Test
    void aMissingFileIsAnUnreadableFile() {
        Path missing = directory.resolve("missing.jsonl");

        assertThatThrownBy(() -> RequestFile.read(missing, shop)).isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read request file " + missing + " (NoSuchFileException)");
    }

    private RequestMix parse(String text) {
        return RequestFile.parse("requests.jsonl", text, shop);
    }

    private void assertProblem(String text, int line, String problem) {
        assertThatThrownBy(() -> parse(text)).isInstanceOf(RequestFileException.class)
                .hasMessageStartingWith("requests.jsonl line " + line + ": " + problem)
                .extracting(e -> ((RequestFileException) e).lineNumber()).isEqualTo(line);
    }
}
