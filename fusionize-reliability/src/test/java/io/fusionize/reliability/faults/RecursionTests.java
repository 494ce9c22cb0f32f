package io.fusionize.reliability.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.protocol.lambda.LambdaErrors;
import io.fusionize.protocol.lambda.LambdaLimits;
import io.fusionize.reliability.apps.LoopsApplication;
import io.fusionize.reliability.support.FaultPlatform;
import io.fusionize.reliability.support.FusionDeployment;
import io.fusionize.reliability.support.Invoker;
import io.fusionize.reliability.support.Prober;
import io.fusionize.reliability.support.Sleep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tasks that recurse without end on real instance processes, deployed all-remote: every hop is a
 * new invocation. Lambda stops recursive loops after 16 hops; so must Fusionize.
 */
@Tag("slow")
@Timeout(value = 40, unit = TimeUnit.MINUTES)
class RecursionTests {

    /** Sixteen cold starts in a row on a busy machine. */
    private static final int FUNCTION_TIMEOUT_SECONDS = 900;
    private static final Duration CLIENT_LIMIT = Duration.ofMinutes(16);

    @TempDir
    static Path directory;

    private static FaultPlatform platform;

    @BeforeAll
    static void deploy() {
        platform = FaultPlatform.start(directory);
        FusionDeployment.allRemote(platform, LoopsApplication.NAME, FUNCTION_TIMEOUT_SECONDS,
                directory.resolve("artifacts"));
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    /**
     * Must hold: a task that calls itself synchronously without end fails its request with
     * {@code RecursiveInvocationException} after 16 hops, and another function answers meanwhile.
     */
    @Test
    void endlessSyncRecursionStopsAfterSixteenHopsWithAClearError() {
        Invoker.Answer answer;
        try (Prober prober = Prober.start(platform.invoker(), FaultPlatform.PROBE)) {
            answer = platform.invoker().sync("loops-Recurse", FusionDeployment.QUALIFIER,
                    "{\"dir\":\"" + directory + "\",\"async\":false,\"hop\":0}", CLIENT_LIMIT);
            assertThat(prober.failures()).as("probes during the recursion").isEmpty();
            System.out.println("sync recursion: " + answer + "; " + prober);
        }
        assertThat(answer.answered()).as("answer: %s", answer).isTrue();
        assertThat(answer.body()).startsWith("{\"error\":").contains(LambdaErrors.RECURSIVE_INVOCATION)
                .contains("as hop " + (LambdaLimits.MAX_CALL_DEPTH + 1));
    }

    /**
     * Must hold: a task that sends to itself without end runs for hops 1 to 16 and never for hop
     * 17; its last hop fails with {@code RecursiveInvocationException}; another function answers
     * meanwhile.
     */
    @Test
    void endlessAsyncRecursionStopsAfterSixteenHops() throws IOException {
        Path echoes = Files.createDirectories(directory.resolve("echoes"));
        try (Prober prober = Prober.start(platform.invoker(), FaultPlatform.PROBE)) {
            Invoker.Answer start = platform.invoker().sync("loops-Recurse", FusionDeployment.QUALIFIER,
                    "{\"dir\":\"" + echoes + "\",\"async\":true,\"hop\":0}", CLIENT_LIMIT);
            assertThat(start.ok()).as("start: %s", start).isTrue();
            awaitHop(echoes, LambdaLimits.MAX_CALL_DEPTH);
            // retries of the last hop end within the queue's backoff; a hop 17 would have shown by then
            Sleep.millis(90_000);
            assertThat(prober.failures()).as("probes during the recursion").isEmpty();
            System.out.println("async recursion: hops " + hops(echoes) + "; " + prober);
        }
        Map<Integer, Long> hops = hops(echoes);
        assertThat(hops.keySet()).as("hops that ran").contains(1, LambdaLimits.MAX_CALL_DEPTH)
                .allMatch(hop -> hop <= LambdaLimits.MAX_CALL_DEPTH);
        String log = platform.process().process().output();
        System.out.println("platform log lines naming the stop: " + log.lines()
                .filter(l -> l.contains(LambdaErrors.RECURSIVE_INVOCATION)).count());
    }

    private static void awaitHop(Path echoes, int hop) {
        Instant end = Instant.now().plus(CLIENT_LIMIT);
        while (!hops(echoes).containsKey(hop)) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("hop " + hop + " never ran; hops: " + hops(echoes));
            }
            Sleep.millis(500);
        }
    }

    private static Map<Integer, Long> hops(Path echoes) {
        try (Stream<Path> files = Files.list(echoes)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("echo-"))
                    .collect(Collectors.groupingBy(n -> Integer.parseInt(n.substring(5, n.indexOf('.'))),
                            TreeMap::new, Collectors.counting()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
