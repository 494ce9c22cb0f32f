package io.fusionize.platform.internal.async;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fusionize.platform.AsyncSettings;
import io.fusionize.platform.DeadLetter;
import io.fusionize.platform.DeadLetterReason;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 300, unit = TimeUnit.SECONDS)
class AsyncEventQueueMaxAgeTests {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private static final AsyncSettings SETTINGS = AsyncSettings.defaults()
            .withMaximumEventAge(Duration.ofMinutes(1))
            .withBackoff(Duration.ofSeconds(30))
            .withPollInterval(Duration.ofMillis(5));

    @TempDir
    Path stateDir;

    private final ManualClock clock = new ManualClock(START);
    private AsyncEventQueue queue;

    @AfterEach
    void closeQueue() {
        queue.close();
    }

    @Test
    void eventTooOldForItsFirstAttemptIsNeverDispatched() {
        ScriptedDispatcher dispatcher = ScriptedDispatcher.alwaysSucceeding();
        queue = new AsyncEventQueue(stateDir, SETTINGS, dispatcher, clock);
        String id = queue.accept("fn", null, "stale".getBytes(UTF_8));
        clock.advance(Duration.ofMinutes(1));
        queue.start();

        awaitDeadLetters(1);
        DeadLetter letter = queue.deadLetters().get(0);
        assertThat(letter.eventId()).isEqualTo(id);
        assertThat(letter.reason()).isEqualTo(DeadLetterReason.MAX_AGE_EXCEEDED);
        assertThat(letter.attempts()).isZero();
        assertThat(letter.lastErrorType()).isNull();
        assertThat(letter.acceptedAt()).isEqualTo(START);
        assertThat(letter.deadAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
        assertThat(dispatcher.dispatches()).isEmpty();
    }

    @Test
    void eventWaitingForARetryExpiresWithItsLastError() {
        ScriptedDispatcher dispatcher =
                ScriptedDispatcher.alwaysAnswering(DispatchOutcome.functionError("E", "first"));
        queue = new AsyncEventQueue(stateDir, SETTINGS, dispatcher, clock);
        queue.start();
        queue.accept("fn", null, "retrying".getBytes(UTF_8));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> queue.stats().equals(new QueueStats(1, 0, 0, 0))
                        && dispatcher.dispatches().size() == 1);

        clock.advance(Duration.ofSeconds(29));
        assertThat(queue.deadLetters()).isEmpty();
        clock.advance(Duration.ofSeconds(31));

        awaitDeadLetters(1);
        DeadLetter letter = queue.deadLetters().get(0);
        assertThat(letter.reason()).isEqualTo(DeadLetterReason.MAX_AGE_EXCEEDED);
        assertThat(letter.attempts()).isEqualTo(1);
        assertThat(letter.lastErrorType()).isEqualTo("E");
        assertThat(letter.lastErrorMessage()).isEqualTo("first");
        assertThat(dispatcher.dispatches()).hasSize(1);
    }

    private void awaitDeadLetters(long count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> queue.stats().dead() == count);
    }
}
