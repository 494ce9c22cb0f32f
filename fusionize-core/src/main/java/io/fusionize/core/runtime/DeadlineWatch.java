package io.fusionize.core.runtime;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Expires invocations whose deadline has passed, from one daemon thread shared by every runtime
 * in the process.
 *
 * <p>Watching costs an invocation a set insertion and an uncontended lock; the thread is woken
 * only when a new deadline lies before the one it sleeps towards, so a steady stream of
 * invocations with equal time limits wakes it about once per time limit.
 */
final class DeadlineWatch {

    private static final DeadlineWatch SHARED = new DeadlineWatch();
    private static final System.Logger LOG = System.getLogger(DeadlineWatch.class.getName());

    private final Set<Invocation> watched = ConcurrentHashMap.newKeySet();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition earlierDeadline = lock.newCondition();
    private boolean started;
    private boolean sleepingUntilWatched = true;
    private long wakeAtNanos;

    private DeadlineWatch() {
    }

    /** @return the watch of this process */
    static DeadlineWatch shared() {
        return SHARED;
    }

    /**
     * Expires the invocation once its deadline passes, unless it is unwatched first.
     *
     * @param invocation a running invocation
     */
    void watch(Invocation invocation) {
        watched.add(invocation);
        lock.lock();
        try {
            startOnce();
            if (sleepingUntilWatched || invocation.deadline().enforcedAtNanos() - wakeAtNanos < 0) {
                earlierDeadline.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /** @param invocation an invocation that has ended */
    void unwatch(Invocation invocation) {
        // the thread may still wake for its deadline once; it then finds nothing to do
        watched.remove(invocation);
    }

    private void startOnce() {
        if (!started) {
            Thread thread = new Thread(this::watchForever, "fusionize-deadline-watch");
            thread.setDaemon(true);
            thread.start();
            started = true;
        }
    }

    private void watchForever() {
        lock.lock();
        try {
            while (true) {
                long now = System.nanoTime();
                long next = expireOverdue(now);
                sleepUntil(now, next);
            }
        } finally {
            lock.unlock();
        }
    }

    /** @return the earliest deadline still ahead, or {@code now} when none is watched */
    private long expireOverdue(long now) {
        long earliest = now;
        boolean any = false;
        for (Invocation invocation : watched) {
            long deadline = invocation.deadline().enforcedAtNanos();
            if (deadline - now <= 0) {
                watched.remove(invocation);
                expire(invocation);
            } else if (!any || deadline - earliest < 0) {
                earliest = deadline;
                any = true;
            }
        }
        sleepingUntilWatched = !any;
        return earliest;
    }

    private static void expire(Invocation invocation) {
        try {
            invocation.expire();
        } catch (RuntimeException failure) {
            // one broken expiry must not stop the watch for every other invocation
            LOG.log(System.Logger.Level.ERROR, "cannot expire invocation " + invocation.invocationId(), failure);
        }
    }

    private void sleepUntil(long now, long next) {
        wakeAtNanos = next;
        try {
            if (sleepingUntilWatched) {
                earlierDeadline.await();
            } else {
                earlierDeadline.awaitNanos(next - now);
            }
        } catch (InterruptedException ignored) {
            // nobody but this class owns the thread: an interrupt only means "look again"
        }
    }
}
