package io.fusionize.platform.internal.async;

import io.fusionize.platform.AsyncSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A process whose queue accepts events but never finishes delivering them, so that a test can
 * kill it with events both pending and in flight.
 *
 * <p>Arguments: the state directory and the number of events. It prints each event id, then
 * {@code accepted} once every worker is stuck in a dispatch, then waits to be killed.
 */
public final class StuckQueueProcess {

    static final String READY = "accepted";
    static final int WORKERS = 2;

    private StuckQueueProcess() {
    }

    /**
     * Runs the process.
     *
     * @param args the state directory and the number of events
     * @throws InterruptedException never in practice; the process is killed while sleeping
     */
    public static void main(String[] args) throws InterruptedException {
        AsyncEventQueue queue = new AsyncEventQueue(Path.of(args[0]), settings(),
                StuckQueueProcess::dispatchForever);
        queue.start();
        for (int i = 0; i < Integer.parseInt(args[1]); i++) {
            System.out.println(queue.accept("fn", "v1", payload(i)));
        }
        while (queue.stats().inFlight() < WORKERS) {
            Thread.sleep(5);
        }
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    static byte[] payload(int index) {
        return ("event-" + index).getBytes(StandardCharsets.UTF_8);
    }

    private static AsyncSettings settings() {
        return AsyncSettings.defaults().withConcurrency(WORKERS).withPollInterval(Duration.ofMillis(5));
    }

    private static DispatchOutcome dispatchForever(String function, String qualifier, byte[] body) {
        try {
            Thread.sleep(Long.MAX_VALUE);
            return DispatchOutcome.success();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DispatchOutcome.functionError("Interrupted", "dispatch interrupted");
        }
    }
}
