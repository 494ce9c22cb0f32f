package io.fusionize.cli.invoke;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.fusionize.api.Application;
import io.fusionize.cli.options.AppOption;
import io.fusionize.cli.support.SetupSources;
import io.fusionize.cli.options.SetupOption;
import io.fusionize.cli.support.UserInputException;
import io.fusionize.core.record.JsonLinesFileRecordSink;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.wire.WireCodec;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fusionize invoke}: runs one request in this JVM under a setup. */
@Command(name = "invoke", mixinStandardHelpOptions = true,
        description = {"Runs one request of an application in-process under a setup and prints the result JSON.",
            "Remote calls are serialized exactly as on the wire; the command returns once all async work is done."})
public final class InvokeCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Mixin private AppOption app;

    @Mixin private SetupOption setupOption;

    @Option(names = "--entry", paramLabel = "TASK",
            description = "The entry task to call (default: the application's only entry task).")
    private String entryTask;

    @Option(names = "--input", paramLabel = "JSON", defaultValue = "{}",
            description = "The request body (default: ${DEFAULT-VALUE}).")
    private String input;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed added to the request body as \"seed\".")
    private Long seed;

    @Option(names = "--records", paramLabel = "FILE",
            description = "Write every invocation record to FILE, one JSON object per line.")
    private Path recordsFile;

    /** Runs the request and prints its result. */
    @Override
    public Integer call() {
        Application application = app.application();
        Setup setup = setupOption.load(application);
        SetupSources.printWarnings(setup, application, spec.commandLine().getErr());
        String entry = InProcessRun.chooseEntry(application, entryTask);
        JsonNode body = parseInput();
        InProcessRun run = recordsFile == null
                ? InProcessRun.execute(application, setup, entry, body, seed, null)
                : runWritingRecords(application, setup, entry, body);
        PrintWriter out = spec.commandLine().getOut();
        out.println(run.result().toPrettyString());
        out.flush();
        return 0;
    }

    private InProcessRun runWritingRecords(Application application, Setup setup, String entry, JsonNode body) {
        deleteOldRecords();
        try (JsonLinesFileRecordSink sink = new JsonLinesFileRecordSink(recordsFile)) {
            InProcessRun run = InProcessRun.execute(application, setup, entry, body, seed, sink);
            spec.commandLine().getErr().println(run.records().size() + " invocation records written to "
                    + recordsFile);
            return run;
        }
    }

    private void deleteOldRecords() {
        // The file holds this run's records only, not an append log across runs.
        try {
            Files.deleteIfExists(recordsFile);
        } catch (IOException e) {
            throw new UserInputException("cannot replace " + recordsFile + ": " + e.getMessage());
        }
    }

    private JsonNode parseInput() {
        try (JsonParser parser = WireCodec.mapper().createParser(input)) {
            JsonNode body = WireCodec.mapper().readTree(parser);
            if (body == null || body.isMissingNode()) {
                throw new UserInputException("--input is empty; give a JSON value such as {}");
            }
            requireNothingAfter(parser);
            return body;
        } catch (JsonProcessingException e) {
            throw new UserInputException("--input is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // A request body is one JSON value; text after it is a mistake, not something to drop.
    private void requireNothingAfter(JsonParser parser) throws IOException {
        int end = (int) parser.currentLocation().getCharOffset();
        try {
            if (parser.nextToken() == null) {
                return;
            }
        } catch (JsonProcessingException garbage) {
            // not even a JSON token: refused below like any other trailing text
        }
        String rest = input.substring(end).strip();
        throw new UserInputException("--input is not valid JSON: unexpected text after the JSON value at character "
                + (input.indexOf(rest, end) + 1) + ": '" + abbreviated(rest) + "'; give exactly one JSON value");
    }

    private static String abbreviated(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
