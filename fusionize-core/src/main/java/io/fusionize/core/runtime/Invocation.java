package io.fusionize.core.runtime;

import io.fusionize.protocol.fusion.CallRecord;
import io.fusionize.protocol.fusion.TaskError;
import io.fusionize.protocol.fusion.TaskTiming;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The state of one invocation while it runs: its identity, its deadline, its pending work, the
 * threads working for it, and what it recorded.
 *
 * <p>When the deadline passes, {@link #expire()} interrupts the threads working for it and runs
 * the expiry actions its calls registered, so that no wait of its tasks outlives it.
 */
final class Invocation {

    private final String traceId;
    private final String invocationId;
    private final InvocationDeadline deadline;
    private final int depth;
    private final PendingWork pendingWork = new PendingWork();
    private final List<CallRecord> calls = new ArrayList<>();
    private final List<TaskTiming> tasks = new ArrayList<>();
    private final List<Thread> workers = new ArrayList<>(2);
    private final List<Thread> interrupted = new ArrayList<>(1);
    private List<Runnable> expiryActions = new ArrayList<>(0);
    private boolean over;
    private TaskError refusedEvent;

    Invocation(String traceId, InvocationRequest request, Duration deadlineGrace) {
        this(traceId, request, deadlineGrace, 0);
    }

    /** @param depth the entry task's hops from its request's root task, 0 for a root request */
    Invocation(String traceId, InvocationRequest request, Duration deadlineGrace, int depth) {
        this.traceId = traceId;
        this.invocationId = request.invocationId();
        this.deadline = InvocationDeadline.of(request, deadlineGrace);
        this.depth = depth;
    }

    String traceId() {
        return traceId;
    }

    String invocationId() {
        return invocationId;
    }

    InvocationDeadline deadline() {
        return deadline;
    }

    /** @return the entry task's hops from its request's root task */
    int depth() {
        return depth;
    }

    long remainingTimeMillis() {
        return deadline.remainingMillis();
    }

    PendingWork pendingWork() {
        return pendingWork;
    }

    /**
     * Runs work for this invocation on the current thread, which the deadline may interrupt.
     *
     * @param work the work
     */
    void runOnThisThread(Runnable work) {
        enter();
        try {
            work.run();
        } finally {
            exit();
        }
    }

    /** Marks the current thread as working for this invocation until {@link #exit()}. */
    synchronized void enter() {
        workers.add(Thread.currentThread());
    }

    /** Ends the current thread's work for this invocation, clearing an interrupt the deadline caused. */
    synchronized void exit() {
        Thread current = Thread.currentThread();
        workers.remove(current);
        if (interrupted.remove(current)) {
            // the interrupt was this invocation's; the thread goes on to serve others
            Thread.interrupted();
        }
    }

    /**
     * Registers what to do when the deadline passes; runs it at once when it already has.
     *
     * @param action a short action, e.g. failing a future its caller waits on
     */
    void onExpiry(Runnable action) {
        synchronized (this) {
            if (expiryActions != null) {
                expiryActions.add(action);
                return;
            }
        }
        action.run();
    }

    /** Called when the deadline has passed: interrupts the working threads and runs the expiry actions. */
    void expire() {
        List<Runnable> actions;
        synchronized (this) {
            if (over || expiryActions == null) {
                return;
            }
            workers.forEach(Thread::interrupt);
            interrupted.addAll(workers);
            actions = expiryActions;
            expiryActions = null;
        }
        actions.forEach(Runnable::run);
    }

    /** Marks the invocation as over: a deadline passing later changes nothing. */
    synchronized void end() {
        over = true;
    }

    /**
     * Remembers that the platform refused an async event; the first refusal becomes the
     * invocation's error.
     *
     * @param refusal the sending task and the platform's answer
     */
    synchronized void refuseEvent(TaskError refusal) {
        if (refusedEvent == null) {
            refusedEvent = refusal;
        }
    }

    /** @return the first refused async event, if any */
    synchronized Optional<TaskError> refusedEvent() {
        return Optional.ofNullable(refusedEvent);
    }

    synchronized void record(CallRecord call) {
        calls.add(call);
    }

    synchronized void record(TaskTiming execution) {
        tasks.add(execution);
    }

    synchronized List<CallRecord> calls() {
        return List.copyOf(calls);
    }

    synchronized List<TaskTiming> tasks() {
        return List.copyOf(tasks);
    }
}
