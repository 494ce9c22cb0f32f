package io.fusionize.deploy.loop;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Runs a control loop in a process of its own, so that a test can kill it with SIGKILL.
 * Arguments: application, state directory, load rate, round requests, minimum samples.
 */
public final class LoopProcessMain {

    private LoopProcessMain() {
    }

    /**
     * @param args application, state directory, load rate, round requests, minimum samples
     * @throws InterruptedException when interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        LoopOptions options = LoopOptions.builder(args[0]).stateDirectory(Path.of(args[1]))
                .loadRate(Double.parseDouble(args[2])).roundRequests(Long.parseLong(args[3]))
                .minSamples(Long.parseLong(args[4])).memorySizesMb(List.of(1024, 1536))
                .retireQuietPeriod(Duration.ofSeconds(1))
                .functionTimeoutSeconds(LoopTestSupport.PATIENT_TIMEOUT_SECONDS).build();
        PlatformConnection platform = LoopTestSupport.embeddedPlatform(Path.of(args[1], "platform"));
        try (ControlLoop loop = ControlLoop.start(options, platform,
                ControlLoop.optimizerFor(options), message -> System.out.println("LOOP " + message))) {
            loop.run();
        }
    }
}
