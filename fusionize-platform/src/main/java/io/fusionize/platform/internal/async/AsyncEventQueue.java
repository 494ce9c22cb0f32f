package io.fusionize.platform.internal.async;

import io.fusionize.platform.AsyncSettings;
import io.fusionize.platform.DeadLetter;
import io.fusionize.platform.StateLayout;
import io.fusionize.platform.internal.state.StateDirectoryLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A durable queue of asynchronous invocations, delivered at least once, the way AWS Lambda
 * delivers {@code Event} invocations.
 *
 * <p>{@link #accept} commits an event to an embedded SQLite database in {@code stateDir} (WAL
 * journal, fsync on every commit) before it returns the event's id, so an acknowledged event
 * survives a crash of the process. After {@link #start()}, worker threads hand due events to the
 * {@link EventDispatcher}:
 * <ul>
 *   <li>on success the event is done;</li>
 *   <li>on a function error it is retried up to {@link AsyncSettings#retries()} times, after the
 *       delays of {@link AsyncSettings#backoff()}, and then becomes a {@link DeadLetter};</li>
 *   <li>when throttled it is tried again later, with a growing delay, and no attempt is used;</li>
 *   <li>when the function does not exist it becomes a dead letter at once;</li>
 *   <li>once it is {@link AsyncSettings#maximumEventAge()} old it is no longer delivered and becomes
 *       a dead letter.</li>
 * </ul>
 *
 * <p><strong>Delivery is at least once; duplicates are possible.</strong> An event that was being
 * delivered when its process died, or when the queue was closed, is delivered again by the next
 * queue opened on the same directory, even if the function had already run it. Functions that must
 * not act twice on one event must be idempotent.
 *
 * <p>One queue at a time may use a state directory; a second one, in this or another process,
 * fails to open. All methods are safe to call from any thread.
 */
public final class AsyncEventQueue implements AutoCloseable {

    private static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

    private final AsyncSettings settings;
    private final EventDispatcher dispatcher;
    private final Clock clock;
    private final StateDirectoryLock lock;
    private final EventStore store;
    private final WorkSignal signal = new WorkSignal();
    private ExecutorService workers;
    private volatile boolean closed;

    /**
     * Opens the queue stored in {@code stateDir}, creating it if needed. Events that were in flight
     * when the previous queue on this directory stopped become due again.
     *
     * @param stateDir the directory for the database; created if missing
     * @param settings retry, age and delivery settings
     * @param dispatcher delivers events to functions
     * @throws IllegalStateException if another queue uses {@code stateDir} or the database cannot
     *     be opened
     * @throws UncheckedIOException if {@code stateDir} cannot be created
     */
    public AsyncEventQueue(Path stateDir, AsyncSettings settings, EventDispatcher dispatcher) {
        this(stateDir, settings, dispatcher, Clock.systemUTC());
    }

    /** Opens the queue with a given clock, so that tests can age events without waiting. */
    AsyncEventQueue(Path stateDir, AsyncSettings settings, EventDispatcher dispatcher, Clock clock) {
        Objects.requireNonNull(stateDir, "stateDir must not be null");
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.lock = StateDirectoryLock.acquire(createDirectories(stateDir), StateLayout.ASYNC_LOCK_FILE,
                "async event queue");
        this.store = openAndRecover(stateDir.resolve(StateLayout.ASYNC_DATABASE_FILE), lock);
    }

    /**
     * Stores an event for delivery. When this method returns, the event is committed to disk.
     *
     * @param functionName the function to invoke
     * @param qualifier the version or alias to invoke, or {@code null} (or blank) for the
     *     unqualified function
     * @param payload the event body
     * @return the event's id, unique across restarts
     * @throws IllegalArgumentException if {@code functionName} is blank
     * @throws IllegalStateException if the queue is closed or the event cannot be stored
     */
    public String accept(String functionName, String qualifier, byte[] payload) {
        Objects.requireNonNull(functionName, "functionName must not be null");
        Objects.requireNonNull(payload, "payload must not be null");
        if (functionName.isBlank()) {
            throw new IllegalArgumentException("functionName must not be blank");
        }
        requireOpen();
        String id = UUID.randomUUID().toString();
        String target = qualifier == null || qualifier.isBlank() ? null : qualifier;
        store.insert(id, functionName, target, payload, clock.millis());
        signal.raise();
        return id;
    }

    /**
     * Starts delivering with {@link AsyncSettings#concurrency()} worker threads. Events accepted
     * before are delivered too. Calling it again has no effect.
     *
     * @throws IllegalStateException if the queue is closed
     */
    public synchronized void start() {
        requireOpen();
        if (workers != null) {
            return;
        }
        workers = Executors.newFixedThreadPool(settings.concurrency(), deliveryThreads());
        for (int i = 0; i < settings.concurrency(); i++) {
            workers.execute(new DeliveryWorker(store, dispatcher, settings, clock, signal,
                    () -> closed));
        }
    }

    /**
     * Stops delivery and closes the database. Dispatches still running are interrupted and given
     * a few seconds to end; an event whose dispatch has not succeeded stays in flight and is
     * delivered again by the next queue on this directory. Calling it again has no effect.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopWorkers();
        try {
            store.close();
        } finally {
            lock.close();
        }
    }

    /**
     * @return every dead letter in this queue's store, oldest first, including those of earlier
     *     runs
     * @throws IllegalStateException if the queue is closed
     */
    public List<DeadLetter> deadLetters() {
        requireOpen();
        return store.deadLetters();
    }

    /**
     * @return the current pending, in-flight, delivered and dead counts
     * @throws IllegalStateException if the queue is closed
     */
    QueueStats stats() {
        requireOpen();
        return store.stats();
    }

    /** Makes the store refuse to grow, as a full disk does; for tests. */
    void limitStorePages(long maxPages) {
        store.limitPages(maxPages);
    }

    /** Lets the store grow again, as freeing disk space does; for tests. */
    void liftStorePageLimit() {
        store.liftPageLimit();
    }

    /** @return how many store transactions have failed since the queue was opened */
    long storeFailures() {
        return store.failures();
    }

    private void stopWorkers() {
        if (workers == null) {
            return;
        }
        workers.shutdownNow();
        try {
            workers.awaitTermination(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("AsyncEventQueue is closed");
        }
    }

    private static Path createDirectories(Path stateDir) {
        try {
            return Files.createDirectories(stateDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create async state directory " + stateDir + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    private static EventStore openAndRecover(Path databaseFile, StateDirectoryLock lock) {
        try {
            EventStore store = EventStore.open(databaseFile);
            requeueAbandoned(store);
            return store;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static void requeueAbandoned(EventStore store) {
        // holding the lock proves that no live queue is still delivering these events
        try {
            store.requeueInFlight();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static ThreadFactory deliveryThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "fusionize-async-delivery-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
