package io.fusionize.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.fusionize.api.TaskFailedException;
import io.fusionize.core.harness.InProcessHarness;

/** Runs one request under one setup in a harness of its own and waits until it is quiet. */
final class KitRunner {

    private KitRunner() {
    }

    /**
     * @param settings the kit's settings
     * @param setup the setup
     * @param entry the entry task
     * @param payload the request's payload
     * @return the run, once every invocation it caused has ended
     * @throws AssertionError when invocations are still running after the kit's async wait
     */
    static KitRun run(KitSettings settings, NamedSetup setup, String entry, JsonNode payload) {
        try (InProcessHarness harness = harness(settings, setup)) {
            JsonNode result = null;
            TaskFailedException failure = null;
            try {
                result = harness.invoke(entry, payload);
            } catch (TaskFailedException failed) {
                failure = failed;
            }
            awaitQuiet(harness, settings, setup, entry);
            return new KitRun(setup, entry, payload, result, failure, RecordsView.of(harness.records()));
        }
    }

    private static InProcessHarness harness(KitSettings settings, NamedSetup setup) {
        InProcessHarness.Builder builder = InProcessHarness.builder(settings.application(), setup.setup())
                .timeout(settings.timeout());
        // without faults the tasks run unwrapped, so that any application runs, typed or not
        if (!settings.faults().isEmpty()) {
            builder.interceptor(Faults.fresh(settings.faults()));
        }
        return builder.build();
    }

    private static void awaitQuiet(InProcessHarness harness, KitSettings settings, NamedSetup setup, String entry) {
        try {
            harness.awaitQuiescence(settings.asyncWait());
        } catch (IllegalStateException stillRunning) {
            throw new AssertionError("request " + entry + " under " + setup + " left work running: "
                    + stillRunning.getMessage(), stillRunning);
        }
    }
}
