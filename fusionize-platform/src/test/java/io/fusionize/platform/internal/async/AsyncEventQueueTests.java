package io.fusionize.platform.internal.async;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fusionize.platform.AsyncSettings;
import io.fusionize.platform.DeadLetter;
import io.fusionize.platform.DeadLetterReason;
import io.fusionize.platform.StateLayout;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AsyncEventQueueTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static final AsyncSettings FAST = AsyncSettings.defaults()
            .withBackoff(Duration.ofMillis(40), Duration.ofMillis(80))
            .withPollInterval(Duration.ofMillis(5))
            .withThrottleDelay(Duration.ofMillis(30))
            .withConcurrency(2);

    @TempDir
    Path stateDir;

    private final List<AsyncEventQueue> opened = new ArrayList<>();

    @AfterEach
    void closeQueues() {
        opened.forEach(AsyncEventQueue::close);
    }

    @Test
    void acceptedEventSurvivesCloseAndReopen() {
        AsyncEventQueue first = open(FAST, ScriptedDispatcher.alwaysSucceeding());
        String id = first.accept("orders", "v3", bytes("hello"));
        first.close();

        ScriptedDispatcher dispatcher = ScriptedDispatcher.alwaysSucceeding();
        AsyncEventQueue reopened = open(FAST, dispatcher);
        assertThat(id).isNotBlank();
        assertThat(reopened.stats()).isEqualTo(new QueueStats(1, 0, 0, 0));

        reopened.start();
        awaitStats(reopened, new QueueStats(0, 0, 1, 0));
        assertThat(dispatcher.dispatches()).singleElement().satisfies(dispatch -> {
            assertThat(dispatch.functionName()).isEqualTo("orders");
            assertThat(dispatch.qualifier()).isEqualTo("v3");
            assertThat(dispatch.payload()).isEqualTo("hello");
        });
    }

    @Test
    void successfulEventsAreDeliveredOnceAndNotAgainAfterRestart() {
        ScriptedDispatcher dispatcher = ScriptedDispatcher.alwaysSucceeding();
        AsyncEventQueue queue = open(FAST, dispatcher);
        queue.start();
        for (int i = 0; i < 20; i++) {
            queue.accept("fn", null, bytes("event-" + i));
        }
        awaitStats(queue, new QueueStats(0, 0, 20, 0));
        queue.close();

        // one worker delivers in order: an earlier event left to deliver again would come before the marker
        AsyncEventQueue reopened = open(FAST.withConcurrency(1), dispatcher);
        assertThat(reopened.stats()).isEqualTo(new QueueStats(0, 0, 20, 0));
        reopened.start();
        reopened.accept("fn", null, bytes("marker"));
        awaitStats(reopened, new QueueStats(0, 0, 21, 0));
        assertThat(dispatcher.countsByPayload()).hasSize(21).allSatisfy(
                (payload, count) -> assertThat(count).as(payload).isEqualTo(1L));
        assertThat(dispatcher.dispatches()).last().extracting(ScriptedDispatcher.Dispatch::payload).isEqualTo("marker");
    }

    @Test
    void emptyPayloadIsDeliveredEmpty() {
        List<byte[]> received = new CopyOnWriteArrayList<>();
        AsyncEventQueue queue = open(FAST, (function, qualifier, payload) -> {
            received.add(payload);
            return DispatchOutcome.success();
        });
        queue.start();
        queue.accept("fn", null, new byte[0]);

        awaitStats(queue, new QueueStats(0, 0, 1, 0));
        assertThat(received).singleElement().isEqualTo(new byte[0]);
    }

    @Test
    void functionErrorIsRetriedWithBackoffThenDeadLettered() {
        ScriptedDispatcher dispatcher = ScriptedDispatcher.alwaysAnswering(
                DispatchOutcome.functionError("java.lang.IllegalStateException", "boom"));
        AsyncEventQueue queue = open(FAST, dispatcher);
        queue.start();
        String id = queue.accept("fn", "v1", bytes("doomed"));

        awaitStats(queue, new QueueStats(0, 0, 0, 1));
        assertThat(queue.deadLetters()).singleElement().satisfies(letter -> {
            assertThat(letter.eventId()).isEqualTo(id);
            assertThat(letter.functionName()).isEqualTo("fn");
            assertThat(letter.qualifier()).isEqualTo("v1");
            assertThat(letter.payload()).isEqualTo(bytes("doomed"));
            assertThat(letter.attempts()).isEqualTo(3);
            assertThat(letter.lastErrorType()).isEqualTo("java.lang.IllegalStateException");
            assertThat(letter.lastErrorMessage()).isEqualTo("boom");
            assertThat(letter.reason()).isEqualTo(DeadLetterReason.RETRIES_EXHAUSTED);
        });
        List<ScriptedDispatcher.Dispatch> attempts = dispatcher.dispatches();
        assertThat(attempts).hasSize(3);
        assertThat(millisBetween(attempts.get(0), attempts.get(1))).isGreaterThanOrEqualTo(38);
        assertThat(millisBetween(attempts.get(1), attempts.get(2))).isGreaterThanOrEqualTo(78);
    }

    @Test
    void eventSucceedingOnRetryIsDelivered() {
        ScriptedDispatcher dispatcher = new ScriptedDispatcher((payload, attempt) -> attempt < 3
                ? DispatchOutcome.functionError("E", "attempt " + attempt)
                : DispatchOutcome.success());
        AsyncEventQueue queue = open(FAST, dispatcher);
        queue.start();
        queue.accept("fn", null, bytes("flaky"));

        awaitStats(queue, new QueueStats(0, 0, 1, 0));
        assertThat(dispatcher.dispatches()).hasSize(3);
    }

    @Test
    void zeroRetriesDeadLettersAfterOneAttempt() {
        ScriptedDispatcher dispatcher =
                ScriptedDispatcher.alwaysAnswering(DispatchOutcome.functionError("E", "once"));
        AsyncEventQueue queue = open(FAST.withRetries(0), dispatcher);
        queue.start();
        queue.accept("fn", null, bytes("once"));

        awaitStats(queue, new QueueStats(0, 0, 0, 1));
        assertThat(queue.deadLetters().get(0).attempts()).isEqualTo(1);
        assertThat(dispatcher.dispatches()).hasSize(1);
    }

    @Test
    void deadLettersAreDurable() {
        AsyncEventQueue queue = open(FAST.withRetries(0),
                ScriptedDispatcher.alwaysAnswering(DispatchOutcome.functionError("E", "kept")));
        queue.start();
        queue.accept("fn", null, bytes("kept"));
        awaitStats(queue, new QueueStats(0, 0, 0, 1));
        List<DeadLetter> before = queue.deadLetters();
        queue.close();

        AsyncEventQueue reopened = open(FAST, ScriptedDispatcher.alwaysSucceeding());
        assertThat(reopened.deadLetters()).isEqualTo(before);
    }

    @Test
    void missingFunctionIsDeadLetteredAtOnce() {
        ScriptedDispatcher dispatcher =
                ScriptedDispatcher.alwaysAnswering(DispatchOutcome.functionNotFound());
        AsyncEventQueue queue = open(FAST, dispatcher);
        queue.start();
        queue.accept("ghost", "v9", bytes("lost"));

        awaitStats(queue, new QueueStats(0, 0, 0, 1));
        assertThat(dispatcher.dispatches()).hasSize(1);
        DeadLetter letter = queue.deadLetters().get(0);
        assertThat(letter.reason()).isEqualTo(DeadLetterReason.FUNCTION_NOT_FOUND);
        assertThat(letter.lastErrorType()).isEqualTo("ResourceNotFoundException");
        assertThat(letter.lastErrorMessage()).contains("ghost:v9");
    }

    @Test
    void throwingDispatcherCountsAsFunctionError() {
        AsyncEventQueue queue = open(FAST.withRetries(0), new ScriptedDispatcher((payload, n) -> {
            throw new IllegalArgumentException("bad input");
        }));
        queue.start();
        queue.accept("fn", null, bytes("x"));

        awaitStats(queue, new QueueStats(0, 0, 0, 1));
        DeadLetter letter = queue.deadLetters().get(0);
        assertThat(letter.lastErrorType()).isEqualTo("java.lang.IllegalArgumentException");
        assertThat(letter.lastErrorMessage()).isEqualTo("bad input");
    }

    @Test
    void throttledEventIsRetriedLaterWithoutUsingAnAttempt() {
        ScriptedDispatcher dispatcher = new ScriptedDispatcher((payload, attempt) -> attempt <= 3
                ? DispatchOutcome.throttled()
                : DispatchOutcome.success());
        AsyncEventQueue queue = open(FAST.withRetries(0), dispatcher);
        queue.start();
        queue.accept("fn", null, bytes("busy"));

        awaitStats(queue, new QueueStats(0, 0, 1, 0));
        List<ScriptedDispatcher.Dispatch> attempts = dispatcher.dispatches();
        assertThat(attempts).hasSize(4);
        assertThat(millisBetween(attempts.get(0), attempts.get(1))).isGreaterThanOrEqualTo(28);
        assertThat(millisBetween(attempts.get(1), attempts.get(2))).isGreaterThanOrEqualTo(58);
        assertThat(millisBetween(attempts.get(2), attempts.get(3))).isGreaterThanOrEqualTo(118);
    }

    @Test
    void concurrentAcceptsAreAllStoredAndDelivered() throws Exception {
        ScriptedDispatcher dispatcher = ScriptedDispatcher.alwaysSucceeding();
        AsyncEventQueue queue = open(FAST.withConcurrency(3), dispatcher);
        queue.start();
        Set<String> ids = ConcurrentHashMap.newKeySet();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int client = 0; client < 6; client++) {
                int c = client;
                done.add(clients.submit(() -> acceptMany(queue, ids, "client-" + c, 25)));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(ids).hasSize(150);
        awaitStats(queue, new QueueStats(0, 0, 150, 0));
        assertThat(dispatcher.countsByPayload()).hasSize(150);
    }

    @Test
    void eventsAreStoredInAWriteAheadLoggedDatabase() throws Exception {
        open(FAST, ScriptedDispatcher.alwaysSucceeding()).close();

        String url = "jdbc:sqlite:" + stateDir.resolve(StateLayout.ASYNC_DATABASE_FILE);
        try (Connection connection = DriverManager.getConnection(url);
                ResultSet mode = connection.createStatement().executeQuery("PRAGMA journal_mode")) {
            assertThat(mode.next()).isTrue();
            assertThat(mode.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void secondQueueOnTheSameDirectoryIsRefused() {
        open(FAST, ScriptedDispatcher.alwaysSucceeding());

        assertThatThrownBy(() -> new AsyncEventQueue(stateDir, FAST,
                ScriptedDispatcher.alwaysSucceeding()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already in use");
    }

    @Test
    void closedQueueRefusesEvents() {
        AsyncEventQueue queue = open(FAST, ScriptedDispatcher.alwaysSucceeding());
        queue.close();

        assertThatThrownBy(() -> queue.accept("fn", null, bytes("late")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("AsyncEventQueue is closed");
    }

    @Test
    void blankFunctionNameIsRejected() {
        AsyncEventQueue queue = open(FAST, ScriptedDispatcher.alwaysSucceeding());

        assertThatThrownBy(() -> queue.accept(" ", null, bytes("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("functionName must not be blank");
    }

    private AsyncEventQueue open(AsyncSettings settings, EventDispatcher dispatcher) {
        AsyncEventQueue queue = new AsyncEventQueue(stateDir, settings, dispatcher);
        opened.add(queue);
        return queue;
    }

    private static void acceptMany(AsyncEventQueue queue, Set<String> ids, String prefix, int n) {
        for (int i = 0; i < n; i++) {
            ids.add(queue.accept("fn", null, bytes(prefix + "-" + i)));
        }
    }

    private static void awaitStats(AsyncEventQueue queue, QueueStats expected) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(queue.stats()).isEqualTo(expected));
    }

    private static long millisBetween(ScriptedDispatcher.Dispatch a, ScriptedDispatcher.Dispatch b) {
        return Duration.ofNanos(b.nanoTime() - a.nanoTime()).toMillis();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }
}
