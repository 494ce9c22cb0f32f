package io.fusionize.platform.internal.report;

import io.fusionize.protocol.telemetry.InvocationReport;
import io.fusionize.protocol.telemetry.TelemetryItem;
import io.fusionize.protocol.telemetry.TelemetryPage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The latest reports and instance log lines, in the order listeners received them, each with a
 * sequence number, for clients that read telemetry over HTTP. Bounded: the oldest items are dropped
 * when it is full, and a reader that asks for dropped items is told so.
 */
public final class TelemetryBuffer implements AutoCloseable {

    /** How many items the platform keeps by default. */
    public static final int DEFAULT_CAPACITY = 100_000;

    private final int capacity;
    private final Deque<TelemetryItem> items = new ArrayDeque<>();
    private long lastSeq;
    private boolean closed;

    /** @param capacity how many items to keep, at least 1 */
    public TelemetryBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.capacity = capacity;
    }

    /** @param report a report to keep */
    public void report(InvocationReport report) {
        add(TelemetryItem.ofReport(report));
    }

    /**
     * @param functionName the function the instance runs
     * @param version its version
     * @param requestId the running invocation, or {@code null}
     * @param line the line
     */
    public void log(String functionName, String version, String requestId, String line) {
        add(TelemetryItem.ofLog(functionName, version, requestId, line));
    }

    private synchronized void add(TelemetryItem item) {
        lastSeq++;
        items.addLast(item.numbered(lastSeq));
        if (items.size() > capacity) {
            items.removeFirst();
        }
        notifyAll();
    }

    /**
     * Returns the items after {@code after}, waiting up to {@code waitMs} for one when there is none.
     *
     * @param after the last sequence number the reader has seen, 0 for none; a number beyond the
     *     newest item (from an earlier run of the platform) reads from the oldest kept item
     * @param waitMs how long to wait for a new item, 0 to answer at once
     * @param limit the most items to return, at least 1
     * @return the items, the sequence number to ask after next, and whether items were dropped
     *     before the reader saw them
     * @throws InterruptedException if interrupted while waiting
     */
    public synchronized TelemetryPage read(long after, long waitMs, int limit) throws InterruptedException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
        boolean restarted = after > lastSeq;
        long from = restarted ? 0 : Math.max(after, 0);
        long deadline = System.nanoTime() + Math.max(waitMs, 0) * 1_000_000L;
        while (!restarted && lastSeq <= from && !closed) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000L));
        }
        long oldest = items.isEmpty() ? lastSeq + 1 : items.peekFirst().seq();
        boolean dropped = restarted || from + 1 < oldest;
        List<TelemetryItem> page = new ArrayList<>();
        long next = from;
        for (TelemetryItem item : items) {
            if (item.seq() > from) {
                page.add(item);
                next = item.seq();
                if (page.size() == limit) {
                    break;
                }
            }
        }
        if (page.isEmpty() && !restarted) {
            next = Math.max(from, lastSeq);
        }
        return new TelemetryPage(next, lastSeq, dropped, page);
    }

    /** Wakes every waiting reader; later reads answer at once. */
    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }
}
