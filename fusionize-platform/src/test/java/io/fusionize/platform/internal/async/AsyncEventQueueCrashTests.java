package io.fusionize.platform.internal.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fusionize.platform.AsyncSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 300, unit = TimeUnit.SECONDS)
class AsyncEventQueueCrashTests {

    private static final int EVENTS = 12;

    @TempDir
    Path stateDir;

    @Test
    void eventsAcceptedByAKilledProcessAreDeliveredAfterRestart() throws Exception {
        Process stuck = startStuckQueueProcess();
        List<String> ids;
        try {
            ids = CompletableFuture.supplyAsync(() -> readIdsUntilReady(stuck))
                    .get(60, TimeUnit.SECONDS);
        } finally {
            stuck.destroyForcibly();
            assertThat(stuck.waitFor(30, TimeUnit.SECONDS)).as("killed process exited").isTrue();
        }
        assertThat(ids).hasSize(EVENTS).doesNotHaveDuplicates();

        ScriptedDispatcher dispatcher = ScriptedDispatcher.alwaysSucceeding();
        try (AsyncEventQueue restarted = new AsyncEventQueue(stateDir, AsyncSettings.defaults()
                .withPollInterval(Duration.ofMillis(5)), dispatcher)) {
            assertThat(restarted.stats()).isEqualTo(new QueueStats(EVENTS, 0, 0, 0));
            restarted.start();

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                    restarted.stats()).isEqualTo(new QueueStats(0, 0, EVENTS, 0)));
        }
        assertThat(dispatcher.countsByPayload().keySet()).isEqualTo(expectedPayloads());
    }

    private Process startStuckQueueProcess() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StuckQueueProcess.class.getName(), stateDir.toString(), String.valueOf(EVENTS))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private static List<String> readIdsUntilReady(Process process) {
        List<String> ids = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals(StuckQueueProcess.READY)) {
                    return ids;
                }
                ids.add(line);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the stuck queue process's output", e);
        }
        throw new IllegalStateException("The stuck queue process ended before it was ready");
    }

    private static java.util.Set<String> expectedPayloads() {
        return IntStream.range(0, EVENTS)
                .mapToObj(i -> new String(StuckQueueProcess.payload(i), StandardCharsets.UTF_8))
                .collect(Collectors.toSet());
    }
}
