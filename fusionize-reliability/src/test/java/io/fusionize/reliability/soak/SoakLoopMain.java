package io.fusionize.reliability.soak;

import io.fusionize.core.app.Applications;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.core.setup.SetupText;
import io.fusionize.deploy.loop.ControlLoop;
import io.fusionize.deploy.loop.LoopOptions;
import io.fusionize.deploy.loop.PlatformConnection;
import io.fusionize.api.Application;
import io.fusionize.storage.DataDirectory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The control loop of the soak test in a process of its own: the IoT application on a running
 * platform, one round per {@code round seconds}, each round switching between all-remote,
 * all-local and a mixed setup, at 1,024 or 1,536 MB. It writes its gateway's root URL to
 * {@code STATE/gateway.uri} and stops cleanly on SIGTERM. Arguments: state directory, platform
 * URL, token, round seconds, gateway concurrency.
 */
public final class SoakLoopMain {

    /** The file, in the state directory, that names the gateway's root URL once the loop serves. */
    public static final String GATEWAY_FILE = "gateway.uri";

    /** The setups the loop cycles through, in the setup text form. */
    static final String MIXED = "I+CW+SE@1024, CT&AS@1024, CS+CSL+CSA@1024, CA+DJ&AS@1024";

    private SoakLoopMain() {
    }

    /**
     * @param args state directory, platform URL, bearer token, round seconds, gateway concurrency
     * @throws Exception when the loop cannot start
     */
    public static void main(String[] args) throws Exception {
        Path state = Path.of(args[0]);
        Application iot = Applications.find("iot");
        LoopOptions options = LoopOptions.builder("iot").stateDirectory(state)
                .platform(URI.create(args[1]), args[2]).roundTime(Duration.ofSeconds(Long.parseLong(args[3])))
                .minSamples(5).functionTimeoutSeconds(120).gatewayConcurrency(Integer.parseInt(args[4])).retireQuietPeriod(Duration.ofSeconds(20))
                .extraEnvironment(Map.of(DataDirectory.ENVIRONMENT_VARIABLE, state.resolve("data").toString()))
                .build();
        List<Setup> cycle = new ArrayList<>();
        // three shapes at two memory sizes: a setup rolled back for errors leaves five to switch between
        for (int memoryMb : List.of(1024, 1536)) {
            cycle.add(SetupGenerators.allRemote(iot, memoryMb));
            cycle.add(SetupGenerators.allLocal(iot, memoryMb));
            cycle.add(SetupText.parse(MIXED.replace("1024", Integer.toString(memoryMb)), "iot"));
        }
        CountDownLatch closed = new CountDownLatch(1);
        ControlLoop loop = ControlLoop.start(options, PlatformConnection.remote(options.platformUrl(),
                options.platformToken()), new CyclingSetups(cycle), SoakLoopMain::say);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            loop.stop();
            awaitQuietly(closed);
        }, "soak-loop-shutdown"));
        try {
            URI root = loop.gatewayUri().resolve("/apps/iot/I");
            Files.writeString(state.resolve(GATEWAY_FILE + ".tmp"), root.toString());
            // renamed into place, so a reader never sees half a URL
            Files.move(state.resolve(GATEWAY_FILE + ".tmp"), state.resolve(GATEWAY_FILE),
                    StandardCopyOption.REPLACE_EXISTING);
            loop.run();
        } finally {
            loop.close();
            closed.countDown();
        }
    }

    private static void say(String message) {
        System.out.println(Instant.now() + " LOOP " + message);
    }

    private static void awaitQuietly(CountDownLatch closed) {
        try {
            closed.await(90, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * @param state the loop's state directory
     * @return the gateway's root URL, once the loop has written it
     * @throws IOException when the file cannot be read
     */
    public static java.util.Optional<URI> gateway(Path state) throws IOException {
        Path file = state.resolve(GATEWAY_FILE);
        return Files.exists(file) ? java.util.Optional.of(URI.create(Files.readString(file).trim()))
                : java.util.Optional.empty();
    }
}
