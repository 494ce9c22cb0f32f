package io.fusionize.reliability.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.cli.Fusionize;
import io.fusionize.deploy.gateway.Gateway;
import io.fusionize.deploy.load.ContinuousLoad;
import io.fusionize.deploy.loop.LoopState;
import io.fusionize.deploy.loop.LoopStateFile;
import io.fusionize.platform.StateLayout;
import io.fusionize.reliability.soak.SoakLoopMain;
import io.fusionize.reliability.support.IotLoad;
import io.fusionize.reliability.support.JavaProcess;
import io.fusionize.reliability.support.PlatformProcess;
import io.fusionize.reliability.support.ProcessTree;
import io.fusionize.reliability.support.Sleep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The control loop killed with SIGKILL while it deploys, then started again on the same state
 * directory, as a user would after a crash: once {@code fusionize run} itself during its first
 * deployment, once a loop process while it rolls out a new version of a running setup.
 */
@Tag("slow")
@Timeout(value = 40, unit = TimeUnit.MINUTES)
class LoopKillTests {

    private static final Pattern GATEWAY = Pattern.compile("gateway: (http://\\S+?);");
    private static final Pattern DECIDED = Pattern.compile("round (\\d+): v(\\d+) → v(\\d+)");
    private static final Duration LIMIT = Duration.ofMinutes(10);
    private static final int REQUESTS = 10;

    @TempDir
    Path directory;

    /**
     * Must hold: {@code fusionize run} killed while it deploys its first setup leaves a state file
     * that reads; run again, it deploys v1 and its gateway serves every request.
     */
    @Test
    void runKilledDuringItsFirstDeploymentDeploysAgainAndServes() throws Exception {
        Path state = directory.resolve("state");
        Path functions = state.resolve("platform").resolve(StateLayout.FUNCTIONS_DIR);
        try (JavaProcess first = run(directory.resolve("first.log"), state)) {
            // some of the ten functions exist, and the deployment has not finished
            await(first, () -> count(functions) >= 3);
            List<ProcessHandle> instances = ProcessHandle.of(first.pid()).orElseThrow().descendants().toList();
            first.kill9();
            ProcessTree.killAll(instances);
            assertThat(first.output()).as("the kill came before the deployment finished").doesNotContain("deployed v1");
            System.out.println("loop kill: run killed with " + count(functions) + " functions created");
        }
        assertThat(new LoopStateFile(state, "iot").read()).as("state file after the kill").isEmpty();

        try (JavaProcess second = run(directory.resolve("second.log"), state)) {
            URI gateway = URI.create(await(second, GATEWAY).group(1));
            assertThat(serve(gateway)).as("requests after the restart that failed").isEmpty();
            assertThat(new LoopStateFile(state, "iot").read().orElseThrow().currentVersion()).isEqualTo(1);
        }
    }

    /**
     * Must hold: a loop process killed while it rolls out a new version resumes, when run again,
     * at the round and version its state file holds, which is the old or the new version; requests
     * in flight through the killed gateway fail at once instead of hanging; the resumed gateway
     * serves every request, from that version.
     */
    @Test
    void loopKilledWhileRollingOutANewVersionResumesAtAConsistentVersion() throws Exception {
        Path state = directory.resolve("loop");
        try (PlatformProcess platform = PlatformProcess.start(directory.resolve("platform"),
                directory.resolve("platform.log"))) {
            Matcher decided;
            try (JavaProcess first = loop(platform, state, "first-loop.log")) {
                ContinuousLoad load = ContinuousLoad.start(IotLoad.sender(awaitGateway(first, state)), 1);
                try {
                    decided = await(first, DECIDED);
                    first.kill9();
                    System.out.println("loop kill: killed after '" + decided.group() + "'; deployed before the kill: "
                            + first.output().contains("deployed v" + decided.group(3)));
                    assertThat(load.stopAndAwait(Duration.ofMinutes(2))).as("requests in flight ended").isTrue();
                    System.out.println("loop kill: load through the killed gateway " + load);
                } finally {
                    load.close();
                }
            }
            LoopState killed = new LoopStateFile(state, "iot").read().orElseThrow();
            assertThat(killed.currentVersion()).as("version in the state file")
                    .isIn(Integer.parseInt(decided.group(2)), Integer.parseInt(decided.group(3)));
            assertThat(killed.entry(killed.currentVersion())).as("the current version's entry").isPresent();

            Files.deleteIfExists(state.resolve(SoakLoopMain.GATEWAY_FILE));
            try (JavaProcess second = loop(platform, state, "second-loop.log")) {
                URI gateway = awaitGateway(second, state);
                assertThat(second.output()).contains("resuming iot at round " + killed.round() + " on v"
                        + killed.currentVersion());
                List<String> failures = serve(gateway);
                assertThat(failures).as("requests after the restart that failed").isEmpty();
            }
        }
    }

    /** @return the requests that did not succeed, each with its status, version and body */
    private static List<String> serve(URI gateway) throws Exception {
        List<String> failures = new ArrayList<>();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (int i = 0; i < REQUESTS; i++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(gateway).timeout(Duration.ofMinutes(3))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                failures.add("HTTP " + response.statusCode() + " from v"
                        + response.headers().firstValue(Gateway.HEADER_SETUP_VERSION).orElse("?") + ": "
                        + response.body());
            }
        }
        System.out.println("loop kill: " + (REQUESTS - failures.size()) + " of " + REQUESTS
                + " requests after the restart succeeded " + failures);
        return failures;
    }

    private static JavaProcess run(Path log, Path state) {
        return JavaProcess.start(log, List.of("-Xmx768m"), Fusionize.class.getName(), List.of("run", "--app", "iot",
                "--state", state.toString(), "--load", "1", "--round-requests", "1000"));
    }

    private static JavaProcess loop(PlatformProcess platform, Path state, String log) {
        return JavaProcess.start(state.resolveSibling(log), List.of("-Xmx512m"), SoakLoopMain.class.getName(),
                List.of(state.toString(), platform.uri().toString(), platform.token(), "20", "16"));
    }

    private static URI awaitGateway(JavaProcess loop, Path state) throws IOException {
        await(loop, () -> {
            try {
                return SoakLoopMain.gateway(state).isPresent();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return SoakLoopMain.gateway(state).orElseThrow();
    }

    private static Matcher await(JavaProcess process, Pattern pattern) {
        Matcher[] found = new Matcher[1];
        await(process, () -> {
            Matcher matcher = pattern.matcher(process.output());
            found[0] = matcher;
            return matcher.find();
        });
        return found[0];
    }

    private static void await(JavaProcess process, BooleanSupplier condition) {
        Instant end = Instant.now().plus(LIMIT);
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new AssertionError("the loop exited:\n" + process.output());
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("the loop did not get there within " + LIMIT + ":\n" + process.output());
            }
            Sleep.millis(20);
        }
    }

    private static long count(Path directory) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        } catch (IOException e) {
            return 0; // the directory is being written; the next poll counts again
        }
    }
}
