package io.fusionize.monitor.internal;

import io.fusionize.monitor.TraceStoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes queued rows on one background thread, many per transaction, so that callers on any
 * thread only pay for a queue insertion. A full queue blocks its producers rather than dropping
 * data.
 */
public final class BatchWriter implements AutoCloseable {

    private static final int QUEUE_CAPACITY = 65_536;
    private static final int MAX_BATCH = 2_000;

    private final Connection connection;
    private final RowWriter rows;
    private final BlockingQueue<PendingWrite> queue = new LinkedBlockingQueue<>(QUEUE_CAPACITY);
    private final AtomicLong rejectedRows = new AtomicLong();
    private final AtomicReference<Exception> lastFailure = new AtomicReference<>();
    private final Thread thread;
    private volatile boolean closed;

    /**
     * Starts the writer thread.
     *
     * @param connection a connection used by this writer alone; it is closed with the writer
     * @param name the thread's name
     * @throws SQLException when the statements cannot be prepared
     */
    public BatchWriter(Connection connection, String name) throws SQLException {
        this.connection = connection;
        this.rows = new RowWriter(connection);
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Queues one write, waiting for room when the queue is full.
     *
     * @param write the write
     * @throws IllegalStateException when the writer is closed
     */
    public void submit(PendingWrite write) {
        if (closed) {
            throw new IllegalStateException("the trace store is closed");
        }
        try {
            queue.put(write);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TraceStoreException("interrupted while queueing a write", e);
        }
    }

    /** Blocks until everything queued before this call is committed. */
    public void flush() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        submit(new PendingWrite.Barrier(done));
        await(done);
    }

    /** @return rows the database refused; they are lost, the rest of their batch is kept */
    public long rejectedRows() {
        return rejectedRows.get();
    }

    /** @return why the last refused row was refused, or {@code null} */
    public Exception lastFailure() {
        return lastFailure.get();
    }

    private void run() {
        List<PendingWrite> batch = new ArrayList<>();
        boolean stopping = false;
        while (!stopping) {
            batch.clear();
            batch.add(takeNext());
            queue.drainTo(batch, MAX_BATCH - 1);
            stopping = batch.stream().anyMatch(PendingWrite.Stop.class::isInstance);
            commit(batch);
            release(batch);
        }
    }

    private PendingWrite takeNext() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            // Only close() stops this thread; an interrupt means the JVM is going down.
            return new PendingWrite.Stop();
        }
    }

    private void commit(List<PendingWrite> batch) {
        try {
            writeAll(batch);
            connection.commit();
        } catch (SQLException | RuntimeException batchFailed) {
            rollbackQuietly();
            batch.forEach(this::writeAlone);
        }
    }

    private void writeAll(List<PendingWrite> batch) throws SQLException {
        for (PendingWrite write : batch) {
            rows.write(write);
        }
    }

    // A batch that failed is replayed row by row, so one bad row does not lose its neighbours
    // and the thread survives to release every waiting flush.
    private void writeAlone(PendingWrite write) {
        try {
            rows.write(write);
            connection.commit();
        } catch (SQLException | RuntimeException rowFailed) {
            rejectedRows.incrementAndGet();
            lastFailure.set(rowFailed);
            rollbackQuietly();
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The next commit reports a connection that stays broken.
        }
    }

    private static void release(List<PendingWrite> batch) {
        for (PendingWrite write : batch) {
            if (write instanceof PendingWrite.Barrier barrier) {
                barrier.done().complete(null);
            }
        }
    }

    /** Commits everything queued, stops the thread and closes the connection. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        flush();
        closed = true;
        putStop();
        joinThread();
        try {
            rows.close();
            connection.close();
        } catch (SQLException e) {
            throw new TraceStoreException("could not close the trace store's writer", e);
        }
    }

    private void putStop() {
        try {
            queue.put(new PendingWrite.Stop());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.interrupt();
        }
    }

    private void joinThread() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CompletableFuture<Void> done) {
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TraceStoreException("interrupted while flushing the trace store", e);
        } catch (ExecutionException e) {
            throw new TraceStoreException("flushing the trace store failed", e.getCause());
        }
    }
}
