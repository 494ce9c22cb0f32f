package io.fusionize.platform.internal.report;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.fusionize.protocol.json.ProtocolJson;
import io.fusionize.protocol.telemetry.InvocationReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands reports to listeners and appends them to {@code reports.jsonl}, in order, on one background
 * thread, so that slow listeners never delay an invocation's answer.
 */
public final class ReportPublisher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReportPublisher.class);

    private final List<Consumer<InvocationReport>> listeners = new CopyOnWriteArrayList<>();
    private final ThreadPoolExecutor worker;
    private final BufferedWriter file;
    private final ObjectWriter json = ProtocolJson.mapper().writerFor(InvocationReport.class);

    /**
     * @param reportsFile the JSON-lines file to append to; created if missing
     * @throws UncheckedIOException if it cannot be opened
     */
    public ReportPublisher(Path reportsFile) {
        try {
            this.file = Files.newBufferedWriter(reportsFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + reportsFile, e);
        }
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "fz-reports");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** @param listener receives every later report, on the publisher's thread */
    public void addListener(Consumer<InvocationReport> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener must not be null"));
    }

    /** @param listener a listener to stop notifying */
    public void removeListener(Consumer<InvocationReport> listener) {
        listeners.remove(listener);
    }

    /** @param report a report to deliver */
    public void publish(InvocationReport report) {
        worker.execute(() -> deliver(report));
    }

    private void deliver(InvocationReport report) {
        try {
            file.write(json.writeValueAsString(report));
            file.newLine();
        } catch (IOException e) {
            LOG.warn("Cannot append report {}: {}", report.requestId(), e.toString());
        }
        for (Consumer<InvocationReport> listener : listeners) {
            try {
                listener.accept(report);
            } catch (RuntimeException e) {
                LOG.warn("Report listener failed on {}: {}", report.requestId(), e.toString());
            }
        }
    }

    /** Writes buffered reports to the file; called periodically, so the file lags by at most a period. */
    public void flush() {
        worker.execute(() -> {
            try {
                file.flush();
            } catch (IOException e) {
                LOG.warn("Cannot flush the reports file: {}", e.toString());
            }
        });
    }

    /** Delivers everything published so far, then stops. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
            file.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.warn("Cannot close the reports file: {}", e.toString());
        }
    }
}
