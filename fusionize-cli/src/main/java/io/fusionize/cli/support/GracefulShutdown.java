package io.fusionize.cli.support;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets Ctrl-C (or SIGTERM) end a long-running command cleanly: the shutdown hook asks the work to
 * stop, then holds the process until the command has finished closing, or a grace period passed.
 *
 * <pre>{@code
 * GracefulShutdown shutdown = GracefulShutdown.install(loop::stop, Duration.ofSeconds(90));
 * try {
 *     loop.run();
 * } finally {
 *     loop.close();
 *     shutdown.done();
 * }
 * }</pre>
 */
public final class GracefulShutdown {

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private GracefulShutdown(Runnable stop, Duration grace) {
        this.hook = new Thread(() -> {
            stop.run();
            try {
                finished.await(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "fusionize-shutdown");
    }

    /**
     * @param stop asks the work to stop; called from the shutdown hook
     * @param grace how long the hook waits for {@link #done()}
     * @return the installed hook
     */
    public static GracefulShutdown install(Runnable stop, Duration grace) {
        GracefulShutdown shutdown = new GracefulShutdown(Objects.requireNonNull(stop, "stop must not be null"),
                Objects.requireNonNull(grace, "grace must not be null"));
        Runtime.getRuntime().addShutdownHook(shutdown.hook);
        return shutdown;
    }

    /** Says the command has finished closing; the hook is removed unless the process is stopping. */
    public void done() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException stopping) {
            // the process is shutting down already; the hook is running and now returns
        }
    }
}
