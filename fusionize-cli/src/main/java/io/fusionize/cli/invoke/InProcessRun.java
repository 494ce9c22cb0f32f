package io.fusionize.cli.invoke;

import com.fasterxml.jackson.databind.JsonNode;
import io.fusionize.api.Application;
import io.fusionize.cli.support.UserInputException;
import io.fusionize.core.harness.InProcessHarness;
import io.fusionize.core.record.RecordSink;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupValidator;
import io.fusionize.protocol.fusion.CallRecord;
import io.fusionize.protocol.fusion.InvocationRecord;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One root request run in this JVM under a setup, with every invocation it caused finished.
 *
 * @param result the entry task's result
 * @param records every invocation record of the request, async ones included
 * @param elapsed the time from the request until the last async invocation finished
 */
public record InProcessRun(JsonNode result, List<InvocationRecord> records, Duration elapsed) {

    /** Freezes the records. */
    public InProcessRun {
        records = List.copyOf(records);
    }

    /**
     * Checks the setup, sends one request and waits for all the work it started.
     *
     * @param application the application
     * @param setup the setup to run it under
     * @param entryTask the task to send the request to
     * @param input the request body
     * @param seed the random seed to add to the body, or {@code null} for none
     * @param extraSink a sink that receives every record as well, or {@code null}
     * @return the result and the records
     * @throws io.fusionize.core.setup.InvalidSetupException when the setup does not fit the
     *     application
     * @throws io.fusionize.api.TaskFailedException when the request failed
     */
    public static InProcessRun execute(Application application, Setup setup, String entryTask, JsonNode input,
            Long seed, RecordSink extraSink) {
        Objects.requireNonNull(input, "input must not be null");
        SetupValidator.requireValid(setup, application);
        InProcessHarness.Builder builder = InProcessHarness.builder(application, setup);
        if (extraSink != null) {
            builder.recordSink(extraSink);
        }
        long started = System.nanoTime();
        try (InProcessHarness harness = builder.build()) {
            JsonNode result = seed == null
                    ? harness.invoke(entryTask, input)
                    : harness.invokeSeeded(entryTask, input, seed);
            harness.awaitQuiescence();
            return new InProcessRun(result, harness.records(), Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /**
     * @param application an application
     * @param requested the entry task the user asked for, or {@code null}
     * @return that task, or the application's only entry task
     * @throws UserInputException when the task is not an entry task, or none was asked for and the
     *     application has several
     */
    public static String chooseEntry(Application application, String requested) {
        List<String> entries = List.copyOf(application.entryTasks());
        if (requested == null) {
            if (entries.size() > 1) {
                throw new UserInputException("application " + application.name()
                        + " has several entry tasks; choose one with --entry: " + String.join(", ", entries));
            }
            return entries.get(0);
        }
        if (!entries.contains(requested)) {
            throw new UserInputException(requested + " is not an entry task of " + application.name()
                    + "; entry tasks: " + String.join(", ", entries));
        }
        return requested;
    }

    /** @return how many calls ran in-process */
    public long localCalls() {
        return calls().filter(CallRecord::local).count();
    }

    /** @return how many calls went to another function */
    public long remoteCalls() {
        return calls().filter(call -> !call.local()).count();
    }

    private java.util.stream.Stream<CallRecord> calls() {
        return records.stream().flatMap(record -> record.calls().stream());
    }
}
