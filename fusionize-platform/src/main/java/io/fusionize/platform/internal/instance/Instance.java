package io.fusionize.platform.internal.instance;

import io.fusionize.platform.internal.resources.InstanceCgroup;
import io.fusionize.platform.internal.state.FunctionVersion;
import io.fusionize.protocol.telemetry.LogLines;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One instance: a JVM process serving one invocation at a time through its own Runtime API.
 *
 * <p>An invocation is <em>assigned</em> when the manager picks the instance, and <em>delivered</em>
 * when the runtime's long-poll for the next event returns it. A cold instance gets its first
 * invocation assigned before its process has even started.
 */
final class Instance {

    /** Where an instance is in its life. */
    enum State {
        /** The process is starting and has not asked for an event yet. */
        STARTING,
        /** Waiting for work. */
        IDLE,
        /** An invocation is assigned. */
        BUSY,
        /** The process has exited or is being killed. */
        DEAD
    }

    private final String id;
    private final FunctionVersion version;
    private final InstanceEvents events;
    private final long createdNanos = System.nanoTime();

    private Process process;
    private InstanceCgroup cgroup = InstanceCgroup.NONE;
    private State state = State.STARTING;
    private boolean initialized;
    private Invocation current;
    private boolean delivered;
    private CompletableFuture<Invocation> waiter;
    private volatile Invocation logging;
    private long lastUsedNanos = createdNanos;
    private long lastMaxMemoryMb;

    Instance(String id, FunctionVersion version, InstanceEvents events) {
        this.id = id;
        this.version = version;
        this.events = events;
    }

    /** @return the instance id, also the path segment of its Runtime API */
    public String id() {
        return id;
    }

    /** @return the version it runs */
    public FunctionVersion version() {
        return version;
    }

    synchronized void attach(Process started, InstanceCgroup group) {
        this.process = started;
        this.cgroup = group;
    }

    synchronized Process process() {
        return process;
    }

    synchronized InstanceCgroup cgroup() {
        return cgroup;
    }

    /**
     * The runtime's long-poll: returns the assigned invocation, or waits for the next one.
     *
     * @return the next invocation; fails if the instance is dead
     */
    CompletableFuture<Invocation> awaitNext() {
        Invocation ready;
        synchronized (this) {
            if (state == State.DEAD) {
                return CompletableFuture.failedFuture(new IllegalStateException("instance " + id + " is gone"));
            }
            if (!initialized) {
                initialize();
            }
            if (current == null || delivered) {
                if (waiter != null) {
                    waiter.cancel(false);
                }
                waiter = new CompletableFuture<>();
                return waiter;
            }
            deliverLocked();
            ready = current;
        }
        return CompletableFuture.completedFuture(ready);
    }

    private void initialize() {
        initialized = true;
        if (state == State.STARTING) {
            state = current == null ? State.IDLE : State.BUSY;
        }
        if (current != null) {
            current.markCold((System.nanoTime() - createdNanos) / 1e6);
        }
        events.onInitialized(this);
    }

    /** Assigns an invocation and delivers it at once if the runtime is waiting. */
    void assign(Invocation invocation) {
        CompletableFuture<Invocation> ready = null;
        synchronized (this) {
            current = invocation;
            delivered = false;
            if (state != State.DEAD && state != State.STARTING) {
                state = State.BUSY;
            }
            if (initialized && waiter != null) {
                ready = waiter;
                waiter = null;
                deliverLocked();
            }
        }
        if (ready != null) {
            ready.complete(invocation);
        }
    }

    private void deliverLocked() {
        delivered = true;
        logging = current;
        current.markDispatched();
        events.onDelivered(this, current);
    }

    /**
     * @param requestId a request id the runtime posted about
     * @return the delivered invocation with that id, or {@code null}
     */
    synchronized Invocation delivered(String requestId) {
        return current != null && delivered && current.requestId().equals(requestId) ? current : null;
    }

    /**
     * Gives up on the init: the instance is dead, and an invocation waiting for the init counts as
     * a cold start whose init lasted until now.
     *
     * @return the invocation that was waiting for the init, or {@code null}
     */
    Invocation abandonInit() {
        Invocation waiting;
        synchronized (this) {
            waiting = !initialized && current != null && !delivered ? current : null;
            if (waiting != null) {
                waiting.markCold((System.nanoTime() - createdNanos) / 1e6);
            }
        }
        markDead();
        return waiting;
    }

    /** @return the assigned invocation, delivered or not, or {@code null} */
    synchronized Invocation current() {
        return current;
    }

    /**
     * Ends an invocation's assignment.
     *
     * @param invocation the finished invocation
     * @param maxMemoryMb the process's peak memory at the end
     * @return whether the instance can serve another invocation
     */
    synchronized boolean release(Invocation invocation, long maxMemoryMb) {
        if (current == invocation) {
            current = null;
            delivered = false;
        }
        lastMaxMemoryMb = Math.max(lastMaxMemoryMb, maxMemoryMb);
        lastUsedNanos = System.nanoTime();
        if (state == State.DEAD) {
            return false;
        }
        state = State.IDLE;
        return true;
    }

    /**
     * Marks the instance dead and fails a waiting long-poll.
     *
     * @return the invocation it held, or {@code null}
     */
    Invocation markDead() {
        CompletableFuture<Invocation> stale;
        Invocation held;
        synchronized (this) {
            state = State.DEAD;
            stale = waiter;
            waiter = null;
            held = current;
        }
        if (stale != null) {
            stale.cancel(false);
        }
        return held;
    }

    /** Kills the process and everything it started. */
    void kill() {
        Process target;
        synchronized (this) {
            state = State.DEAD;
            target = process;
        }
        if (target != null) {
            target.descendants().forEach(ProcessHandle::destroyForcibly);
            target.destroyForcibly();
        }
    }

    /** Handles one line the process wrote; the end marker closes the current invocation's log. */
    void onOutputLine(String line) {
        Invocation running = logging;
        Optional<String> ended = LogLines.endedRequestId(line);
        if (ended.isPresent()) {
            if (running != null && running.requestId().equals(ended.get())) {
                logging = null;
                running.logsComplete();
            }
            return;
        }
        if (running != null) {
            running.appendLog(line);
        }
        events.onLogLine(this, running == null ? null : running.requestId(), line);
    }

    /** The process's output ended: whatever runs now has all its log lines. */
    void onOutputClosed() {
        Invocation running;
        synchronized (this) {
            running = current;
            logging = null;
        }
        if (running != null) {
            running.logsComplete();
        }
    }

    synchronized boolean isInitialized() {
        return initialized;
    }

    synchronized boolean isAlive() {
        return state != State.DEAD;
    }

    synchronized State state() {
        return state;
    }

    synchronized long lastUsedNanos() {
        return lastUsedNanos;
    }

    synchronized long lastMaxMemoryMb() {
        return lastMaxMemoryMb;
    }

    synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    @Override
    public String toString() {
        return "Instance[" + id + " " + version.functionName() + ":" + version.version() + "]";
    }
}
