package io.fusionize.examples.tree;

import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** B, D and E: a link of the synchronous chain; calls the next link, if any, then pauses. */
public final class PausingLink implements Task<TreeRequest, SyncPath> {

    private final Optional<String> next;
    private final Duration pause;

    private PausingLink(Optional<String> next, Duration pause) {
        this.next = next;
        this.pause = Objects.requireNonNull(pause, "pause must not be null");
        if (pause.isNegative()) {
            throw new IllegalArgumentException("pause must not be negative, was " + pause);
        }
    }

    /**
     * @param next the next link, called synchronously
     * @param pause how long to sleep after the call
     * @return a link in the middle of the chain
     */
    public static PausingLink calling(String next, Duration pause) {
        return new PausingLink(Optional.of(Objects.requireNonNull(next, "next must not be null")), pause);
    }

    /**
     * @param pause how long to sleep
     * @return the last link of the chain, which calls nothing
     */
    public static PausingLink last(Duration pause) {
        return new PausingLink(Optional.empty(), pause);
    }

    /**
     * Runs the rest of the chain, then pauses.
     *
     * @param request the request, passed on unchanged
     * @param context used to call the next link
     * @return the rest of the chain's path with this task in front and its pause added
     * @throws InterruptedException when interrupted while it pauses
     */
    @Override
    public SyncPath run(TreeRequest request, TaskContext context) throws InterruptedException {
        Long seed = request == null ? null : request.seed();
        SyncPath rest = next.isPresent()
                ? context.call(next.get(), request, SyncPath.class)
                : SyncPath.empty(seed);
        Thread.sleep(pause.toMillis());
        return rest.after(context.taskName(), pause.toMillis());
    }
}
