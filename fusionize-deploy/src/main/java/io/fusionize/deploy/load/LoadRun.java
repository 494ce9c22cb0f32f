package io.fusionize.deploy.load;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * One execution of a schedule: a scheduler loop on the calling thread hands each request to a
 * worker pool at its intended time and never waits for a response.
 */
final class LoadRun {

    private static final long PROGRESS_PERIOD_MILLIS = 250;
    /** The longest park between looks at the stop signal. */
    private static final long STOP_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final Schedule schedule;
    private final RequestSender sender;
    private final int concurrency;
    private final Duration drainTimeout;
    private final ProgressListener progress;
    private final String label;
    private final BooleanSupplier stopSignal;
    private final SampleBook book;
    private final AtomicInteger issued = new AtomicInteger();
    private long startNanos;

    LoadRun(Schedule schedule, RequestSender sender, int concurrency, Duration drainTimeout,
            ProgressListener progress, String label, BooleanSupplier stopSignal) {
        this.schedule = schedule;
        this.sender = sender;
        this.concurrency = concurrency;
        this.drainTimeout = drainTimeout;
        this.progress = progress;
        this.label = label;
        this.stopSignal = stopSignal;
        this.book = new SampleBook(schedule.size());
    }

    LoadResult execute() {
        Instant startedAt = Instant.now();
        startNanos = System.nanoTime();
        ExecutorService workers = newWorkerPool();
        ScheduledExecutorService ticker = startTicker();
        try {
            issueAll(workers);
            drain(workers);
        } finally {
            ticker.shutdownNow();
            progress.finish(snapshot());
        }
        return new LoadResult(schedule.description(), startedAt, Duration.ofNanos(now()), schedule.size(),
                book.samples(issued.get()));
    }

    private void issueAll(ExecutorService workers) {
        for (int i = 0; i < schedule.size(); i++) {
            long intended = schedule.offsetNanos(i);
            parkUntil(intended);
            if (Thread.currentThread().isInterrupted() || stopSignal.getAsBoolean()) {
                return; // the caller's interrupt stays set; nothing more is sent
            }
            int sequence = i;
            issued.incrementAndGet();
            workers.execute(() -> sendOne(sequence, intended));
        }
    }

    private void sendOne(int sequence, long intended) {
        long sent = now();
        try {
            record(sequence, intended, sent, sender.send(sequence));
        } catch (VirtualMachineError e) {
            record(sequence, intended, sent, SendResult.failed(FailureCauses.describe(e)));
            throw e;
        } catch (Throwable e) {
            record(sequence, intended, sent, SendResult.failed(FailureCauses.describe(e)));
        }
    }

    private void record(int sequence, long intended, long sent, SendResult result) {
        SendResult checked = result != null ? result : SendResult.failed("sender returned no result");
        book.record(new RequestSample(sequence, intended, sent, now(), checked.success(), checked.requestId(),
                checked.failureCause()));
    }

    private void drain(ExecutorService workers) {
        workers.shutdown();
        boolean finished = false;
        try {
            finished = workers.awaitTermination(drainTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stop waiting; the rest counts as unfinished
        }
        String cause = Thread.currentThread().isInterrupted()
                ? "unfinished when the run was interrupted"
                : "unfinished when the run ended (drain timeout " + Numbers.seconds(drainTimeout) + ")";
        // Given up before the workers are interrupted, so that no interruption is recorded as a request's cause.
        book.abandonUnfinished(issued.get(), schedule.offsetsNanos(), now(), cause);
        if (!finished) {
            workers.shutdownNow();
        }
    }

    /** Parks until the offset, or until interrupted or stopped. */
    private void parkUntil(long offsetNanos) {
        long wait;
        while ((wait = offsetNanos - now()) > 0 && !Thread.currentThread().isInterrupted()
                && !stopSignal.getAsBoolean()) {
            LockSupport.parkNanos(Math.min(wait, STOP_CHECK_NANOS));
        }
    }

    private long now() {
        return System.nanoTime() - startNanos;
    }

    private ExecutorService newWorkerPool() {
        AtomicInteger counter = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(concurrency, concurrency, 10, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> daemon(runnable, "load-sender-" + counter.incrementAndGet()));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private ScheduledExecutorService startTicker() {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
                runnable -> daemon(runnable, "load-progress"));
        ticker.scheduleAtFixedRate(() -> progress.update(snapshot()), PROGRESS_PERIOD_MILLIS, PROGRESS_PERIOD_MILLIS,
                TimeUnit.MILLISECONDS);
        return ticker;
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    private Progress snapshot() {
        return new Progress(label, schedule.size(), issued.get(), book.completed(), book.failed(),
                Duration.ofNanos(now()), schedule.span());
    }
}
