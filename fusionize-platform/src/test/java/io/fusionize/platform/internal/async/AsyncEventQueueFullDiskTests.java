package io.fusionize.platform.internal.async;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fusionize.platform.AsyncSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk, made real with SQLite's page limit: the store refuses events while it lasts, works
 * again once space is free, and never delivers an event it refused.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AsyncEventQueueFullDiskTests {

    private static final int MOST_EVENTS_BEFORE_FULL = 1_000;
    private static final int REFUSALS_WHILE_FULL = 5;
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final AsyncSettings FAST = AsyncSettings.defaults().withPollInterval(Duration.ofMillis(5));

    @TempDir
    Path stateDir;

    @Test
    void aFullStoreRecoversOnceSpaceIsFreeAndRefusedEventsNeverRun() {
        List<String> accepted = new ArrayList<>();
        try (AsyncEventQueue queue = new AsyncEventQueue(stateDir, FAST, ScriptedDispatcher.alwaysSucceeding())) {
            queue.limitStorePages(1);
            fillUntilRefused(queue, accepted);
            for (int i = 0; i < REFUSALS_WHILE_FULL; i++) {
                String refused = "refused-while-full-" + i;
                assertThatThrownBy(() -> queue.accept("fn", null, payload(refused)))
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining("full");
            }

            queue.liftStorePageLimit();
            for (int i = 0; i < 3; i++) {
                accept(queue, "after-space-freed-" + i, accepted);
            }
        }

        ScriptedDispatcher dispatcher = ScriptedDispatcher.alwaysSucceeding();
        try (AsyncEventQueue restarted = new AsyncEventQueue(stateDir, FAST, dispatcher)) {
            assertThat(restarted.stats()).isEqualTo(new QueueStats(accepted.size(), 0, 0, 0));
            restarted.start();
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(restarted.stats())
                    .isEqualTo(new QueueStats(0, 0, accepted.size(), 0)));
        }
        assertThat(dispatcher.dispatches()).extracting(dispatch -> nameOf(dispatch.payload()))
                .containsExactlyInAnyOrderElementsOf(accepted);
    }

    @Test
    void anOutcomeThatCannotBeStoredIsStoredOnceSpaceIsFree() {
        AtomicReference<AsyncEventQueue> queue = new AtomicReference<>();
        ScriptedDispatcher dispatcher = new ScriptedDispatcher((payload, attempt) -> {
            if (attempt > 1) {
                return DispatchOutcome.success();
            }
            // the disk fills while the function runs; its long error needs new pages to be stored
            queue.get().limitStorePages(1);
            return DispatchOutcome.functionError("Boom", ".".repeat(20_000));
        });
        try (AsyncEventQueue opened = new AsyncEventQueue(stateDir,
                FAST.withBackoff(Duration.ofMillis(10), Duration.ofMillis(10)), dispatcher)) {
            queue.set(opened);
            opened.accept("fn", null, payload("event"));
            opened.start();

            await().atMost(PATIENCE).until(() -> opened.storeFailures() >= 2);
            assertThat(opened.stats()).isEqualTo(new QueueStats(0, 1, 0, 0));
            opened.liftStorePageLimit();
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(opened.stats())
                    .isEqualTo(new QueueStats(0, 0, 1, 0)));
        }
        assertThat(dispatcher.dispatches()).hasSize(2);
    }

    private static void fillUntilRefused(AsyncEventQueue queue, List<String> accepted) {
        for (int i = 0; i < MOST_EVENTS_BEFORE_FULL; i++) {
            String name = "before-full-" + i;
            try {
                queue.accept("fn", null, payload(name));
                accepted.add(name);
            } catch (IllegalStateException refused) {
                assertThat(refused).hasMessageContaining("full");
                return;
            }
        }
        throw new AssertionError("the store never filled up");
    }

    private static void accept(AsyncEventQueue queue, String name, List<String> accepted) {
        queue.accept("fn", null, payload(name));
        accepted.add(name);
    }

    private static String nameOf(String payload) {
        return payload.substring(0, payload.indexOf('|'));
    }

    /** Pads the name, so that a few events fill a page. */
    private static byte[] payload(String name) {
        char[] padding = new char[1_000];
        Arrays.fill(padding, '.');
        return (name + "|" + new String(padding)).getBytes(UTF_8);
    }
}
