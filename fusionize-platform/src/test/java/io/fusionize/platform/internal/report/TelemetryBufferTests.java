package io.fusionize.platform.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.protocol.telemetry.TelemetryItem;
import io.fusionize.protocol.telemetry.TelemetryPage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The bounded, sequence-numbered telemetry buffer. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TelemetryBufferTests {

    @Test
    void readsInOrderAndSaysWhenTheReaderFellBehind() throws Exception {
        TelemetryBuffer buffer = new TelemetryBuffer(3);
        for (int i = 1; i <= 5; i++) {
            buffer.log("f", "1", null, "line " + i);
        }

        TelemetryPage behind = buffer.read(1, 0, 10);
        TelemetryPage current = buffer.read(3, 0, 10);

        assertThat(behind.dropped()).isTrue();
        assertThat(behind.items()).extracting(TelemetryItem::line).containsExactly("line 3", "line 4", "line 5");
        assertThat(behind.next()).isEqualTo(5);
        assertThat(current.dropped()).isFalse();
        assertThat(current.items()).extracting(TelemetryItem::seq).containsExactly(4L, 5L);
        assertThat(buffer.read(5, 0, 10).items()).isEmpty();
        assertThat(buffer.read(5, 0, 10).next()).isEqualTo(5);
        assertThat(buffer.read(0, 0, 1).latest()).isEqualTo(5);
        assertThat(buffer.read(0, 0, 2).items()).extracting(TelemetryItem::seq).containsExactly(3L, 4L);
    }

    @Test
    void aSequenceFromAnEarlierRunReadsFromTheOldestItem() throws Exception {
        TelemetryBuffer buffer = new TelemetryBuffer(10);
        buffer.log("f", "1", "r", "only");

        TelemetryPage page = buffer.read(99, 0, 10);

        assertThat(page.dropped()).isTrue();
        assertThat(page.items()).hasSize(1);
        assertThat(page.next()).isEqualTo(1);
    }

    @Test
    void aWaitingReaderWakesOnANewItem() throws Exception {
        TelemetryBuffer buffer = new TelemetryBuffer(10);
        CompletableFuture<TelemetryPage> read = new CompletableFuture<>();
        // the reader would wait far longer than this test may run: only the new item can end its wait
        Thread reader = new Thread(() -> {
            try {
                read.complete(buffer.read(0, TimeUnit.MINUTES.toMillis(10), 10));
            } catch (InterruptedException e) {
                read.completeExceptionally(e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        while (reader.getState() != Thread.State.TIMED_WAITING) {
            Thread.sleep(1);
        }
        buffer.log("f", "1", "r", "late");

        assertThat(read.get(30, TimeUnit.SECONDS).items()).extracting(TelemetryItem::line).containsExactly("late");
    }
}
