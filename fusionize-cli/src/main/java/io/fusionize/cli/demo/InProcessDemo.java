package io.fusionize.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.fusionize.api.Application;
import io.fusionize.cli.invoke.InProcessRun;
import io.fusionize.core.app.Applications;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.core.setup.SetupText;
import io.fusionize.core.wire.WireCodec;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code fusionize demo --in-process}: one request of an application in this JVM under the
 * all-remote, all-local and (for IoT) a mixed setup; the result is the same while the invocations
 * differ.
 */
final class InProcessDemo {

    /** The setup the Fusionize++ heuristic converges to: sync callees inline, async ones remote. */
    static final String MIXED_SETUP = "I+CW+SE@1024, CT@1024, CS+CSL+CSA@1024, CA+DJ@1024, AS@1024";

    private InProcessDemo() {
    }

    /**
     * Runs one request under each setup and prints what happened.
     *
     * @param applicationName the application
     * @param seed the request's random seed
     * @param out where the comparison goes
     */
    static void run(String applicationName, long seed, PrintWriter out) {
        Application application = Applications.find(applicationName);
        String entry = InProcessRun.chooseEntry(application, null);
        out.printf("One %s request (seed %d) under three setups, run in this JVM.%n%n", application.name(), seed);
        Map<String, JsonNode> results = new LinkedHashMap<>();
        setups(application).forEach((name, setup) -> {
            InProcessRun run = InProcessRun.execute(application, setup, entry,
                    WireCodec.mapper().createObjectNode(), seed, null);
            results.put(name, run.result());
            print(out, name, setup, run);
        });
        boolean identical = results.values().stream().distinct().count() == 1;
        out.println(identical
                ? "The result is identical under every setup; only where the tasks ran differs:"
                : "The results differ between setups; the first one:");
        out.println(results.values().iterator().next().toPrettyString());
        out.flush();
    }

    private static Map<String, Setup> setups(Application application) {
        Map<String, Setup> setups = new LinkedHashMap<>();
        setups.put("all-remote", SetupGenerators.allRemote(application));
        setups.put("all-local", SetupGenerators.allLocal(application));
        if ("iot".equals(application.name())) {
            setups.put("mixed", SetupText.parse(MIXED_SETUP, application.name()));
        }
        return setups;
    }

    private static void print(PrintWriter out, String name, Setup setup, InProcessRun run) {
        out.printf("%s: %s%n", name, SetupText.format(setup));
        out.printf("  result:      %s%n", ResultDigest.of(run.result()));
        out.printf("  invocations: %d (remote calls %d, local calls %d), %d ms%n%n", run.records().size(),
                run.remoteCalls(), run.localCalls(), run.elapsed().toMillis());
    }
}
