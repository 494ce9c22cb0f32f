package io.fusionize.deploy.load;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Numbers the requests a load sends from 0 on, whatever number its schedule gives them, and
 * starts again at 0 on {@link #restart()}, e.g. when a new round starts: every round then sends
 * the same sequence of requests.
 */
public final class RequestNumbering implements RequestSender {

    private final RequestSender delegate;
    private final AtomicLong next = new AtomicLong();

    /** @param delegate sends request number n */
    public RequestNumbering(RequestSender delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate must not be null");
    }

    /**
     * Sends the next request number through the delegate.
     *
     * @param scheduled the number the schedule gave the request; replaced by the load's own
     */
    @Override
    public SendResult send(long scheduled) throws Exception {
        return delegate.send(next.getAndIncrement());
    }

    /** Numbers the next request 0 again. */
    public void restart() {
        next.set(0);
    }

    /** @return the number the next request gets, i.e. how many were sent since the last restart */
    public long next() {
        return next.get();
    }
}
