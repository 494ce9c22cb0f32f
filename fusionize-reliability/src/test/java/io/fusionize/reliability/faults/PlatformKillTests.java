package io.fusionize.reliability.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.reliability.support.FaultPlatform;
import io.fusionize.reliability.support.FunctionCode;
import io.fusionize.reliability.support.Invoker;
import io.fusionize.reliability.support.Marks;
import io.fusionize.reliability.support.Sleep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The platform process killed with SIGKILL while its async queue holds events, then started again
 * on the same state directory. The queue promises at-least-once delivery: an event that was being
 * delivered when the process died may run twice, every other accepted event runs exactly once,
 * and an event that was refused or never answered never runs.
 */
@Tag("slow")
@Timeout(value = 30, unit = TimeUnit.MINUTES)
class PlatformKillTests {

    private static final int EVENTS = 30;
    private static final Duration CLIENT_LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path directory;

    /**
     * Must hold: every accepted event runs after the restart, at least once, and more than once
     * only if a run of it had started before the kill; no refused or unanswered event ever runs;
     * no call hangs; the platform serves synchronous calls again after the restart.
     */
    @Test
    void acceptedEventsRunAfterARestartAndRefusedOnesNever() throws Exception {
        Marks marks = new Marks(Files.createDirectories(directory.resolve("marks")));
        List<String> accepted = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        Instant killed;
        try (FaultPlatform platform = FaultPlatform.start(directory)) {
            platform.create("marker", FunctionCode.FAULT_HANDLER, 256, 60);
            for (int i = 0; i < EVENTS; i++) {
                send(platform.invoker(), marks, "before-" + i, accepted, refused);
            }
            // an event too large for the queue is refused with a clear error, and must never run
            String tooBig = marks.event("too-big", 0).replace("}", ",\"pad\":\"" + "x".repeat(1_100_000) + "\"}");
            Invoker.Answer big = platform.invoker().event("marker", tooBig, CLIENT_LIMIT);
            assertThat(big.status()).as("oversized event: %s", big).isEqualTo(413);
            refused.add("too-big");

            marks.awaitAtLeast(3, Duration.ofMinutes(5));
            platform.kill9();
            // from here on neither the platform nor an instance of it runs: later runs are deliveries after the restart
            killed = Instant.now();

            // while the platform is down, a call fails at once instead of hanging
            Invoker.Answer down = platform.invoker().event("marker", marks.event("while-down", 0), CLIENT_LIMIT);
            assertThat(down.answered()).as("call while down: %s", down).isFalse();
            assertThat(down.millis()).isLessThan(CLIENT_LIMIT.toMillis());
            refused.add("while-down");
            int runsBeforeRestart = marks.all().size();

            platform.restart();
            for (int i = 0; i < 5; i++) {
                send(platform.invoker(), marks, "after-" + i, accepted, refused);
            }
            marks.awaitEach(accepted, Duration.ofMinutes(10));
            // a bounded window for a late second run, which at-least-once would allow only for in-flight events
            Sleep.millis(15_000);
            Invoker.Answer sync = platform.invoker().sync("marker", null, "{}", CLIENT_LIMIT);
            assertThat(sync.ok()).as("sync call after the restart: %s", sync).isTrue();
            System.out.println("platform kill: " + accepted.size() + " accepted, " + refused.size() + " refused, "
                    + runsBeforeRestart + " runs before the restart, " + marks.all().values().stream()
                    .mapToInt(List::size).sum() + " runs of " + marks.all().size() + " events in all");
        }
        Map<String, List<Long>> runs = marks.all();
        assertThat(refused).as("refused or unanswered events that ran").noneMatch(runs::containsKey);
        assertThat(accepted).as("accepted events that never ran").allMatch(runs::containsKey);
        long killedMs = killed.toEpochMilli();
        runs.forEach((id, times) -> {
            if (times.size() > 1) {
                // a second run is allowed only for an event one of whose runs had started before the kill
                assertThat(times.get(0)).as("first run of %s, which ran %d times", id, times.size())
                        .isLessThanOrEqualTo(killedMs);
            }
        });
        assertThat(runs.keySet()).as("events that ran but were never accepted").allMatch(accepted::contains);
    }

    private static void send(Invoker invoker, Marks marks, String id, List<String> accepted, List<String> refused) {
        Invoker.Answer answer = invoker.event("marker", marks.event(id, 1500), CLIENT_LIMIT);
        assertThat(answer.answered()).as("answer to event %s: %s", id, answer).isTrue();
        (answer.status() == 202 ? accepted : refused).add(id);
    }
}
