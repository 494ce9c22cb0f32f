package io.fusionize.platform.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fusionize.platform.dto.InvocationReport;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * The latest reports and instance log lines, in the order listeners received them, each with a
 * sequence number, for clients that read telemetry over HTTP. Bounded: the oldest items are dropped
 * when it is full, and a reader that asks for dropped items is told so.
 */
public final class TelemetryBuffer implements AutoCloseable {

    /** How many items the platform keeps by default. */
    public static final int DEFAULT_CAPACITY = 100_000;

    private final int capacity;
    private final Deque<Item> items = new ArrayDeque<>();
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
        add(new Item(0, Item.REPORT, Objects.requireNonNull(report, "report must not be null"),
                null, null, null, null));
    }

    /**
     * @param functionName the function the instance runs
     * @param version its version
     * @param requestId the running invocation, or {@code null}
     * @param line the line
     */
    public void log(String functionName, String version, String requestId, String line) {
        add(new Item(0, Item.LOG, null, functionName, version, requestId, line));
    }

    private synchronized void add(Item item) {
        lastSeq++;
        items.addLast(new Item(lastSeq, item.type(), item.report(), item.functionName(), item.version(),
                item.requestId(), item.line()));
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
    public synchronized Page read(long after, long waitMs, int limit) throws InterruptedException {
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
        List<Item> page = new ArrayList<>();
        long next = from;
        for (Item item : items) {
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
        return new Page(next, lastSeq, dropped, page);
    }

    /** Wakes every waiting reader; later reads answer at once. */
    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    /**
     * One report or log line.
     *
     * @param seq its sequence number, from 1
     * @param type {@value #REPORT} or {@value #LOG}
     * @param report the report, for a report
     * @param functionName the function, for a log line
     * @param version the version, for a log line
     * @param requestId the running invocation, for a log line, or {@code null}
     * @param line the line, for a log line
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(long seq, String type, InvocationReport report, String functionName, String version,
            String requestId, String line) {
        /** Type of a report item. */
        public static final String REPORT = "report";
        /** Type of a log line item. */
        public static final String LOG = "log";
    }

    /**
     * An answer to {@link #read}.
     *
     * @param next the sequence number to pass as {@code after} next
     * @param latest the newest item's sequence number, 0 when there is none yet; a reader that
     *     wants only later items passes it as {@code after}
     * @param dropped whether items the reader had not seen were dropped, because it fell behind or
     *     the platform restarted
     * @param items the items, oldest first
     */
    public record Page(long next, long latest, boolean dropped, List<Item> items) {
    }
}
