package io.fusionize.platform.internal.report;

import io.fusionize.platform.LogListener;
import io.fusionize.platform.internal.instance.LogSink;
import io.fusionize.platform.internal.state.FunctionVersion;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends instance log lines to the log listeners and to one file per function,
 * {@code STATE/logs/FUNCTION.log}, each line prefixed with its request id as in CloudWatch.
 */
public final class LogRouter implements LogSink, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LogRouter.class);

    private final Path directory;
    private final List<LogListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, BufferedWriter> files = new ConcurrentHashMap<>();

    /**
     * @param directory where the per-function files go; created if missing
     * @throws UncheckedIOException if it cannot be created
     */
    public LogRouter(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
    }

    /** @param listener receives every later line, on the instance's log thread */
    public void addListener(LogListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener must not be null"));
    }

    /** @param listener a listener to stop notifying */
    public void removeListener(LogListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void line(FunctionVersion version, String requestId, String line) {
        for (LogListener listener : listeners) {
            try {
                listener.onLine(version.functionName(), version.version(), requestId, line);
            } catch (RuntimeException e) {
                LOG.warn("Log listener failed: {}", e.toString());
            }
        }
        write(version.functionName(), (requestId == null ? "" : requestId + "\t") + line);
    }

    /**
     * Writes a platform line, such as START, END or REPORT, to a function's file.
     *
     * @param functionName the function
     * @param line the line
     */
    public void platformLine(String functionName, String line) {
        write(functionName, line);
    }

    private void write(String functionName, String line) {
        BufferedWriter writer = files.computeIfAbsent(functionName, this::open);
        if (writer == null) {
            return;
        }
        synchronized (writer) {
            try {
                writer.write(line);
                writer.newLine();
            } catch (IOException e) {
                LOG.warn("Cannot write the log of {}: {}", functionName, e.toString());
            }
        }
    }

    /** Flushes every file; called periodically. */
    public void flush() {
        files.values().forEach(writer -> {
            synchronized (writer) {
                try {
                    writer.flush();
                } catch (IOException e) {
                    LOG.warn("Cannot flush a function log: {}", e.toString());
                }
            }
        });
    }

    private BufferedWriter open(String functionName) {
        try {
            return Files.newBufferedWriter(directory.resolve(functionName + ".log"), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.warn("Cannot open the log of {}: {}", functionName, e.toString());
            return null;
        }
    }

    /** Flushes and closes every file. */
    @Override
    public void close() {
        flush();
        files.values().forEach(writer -> {
            try {
                writer.close();
            } catch (IOException e) {
                LOG.warn("Cannot close a function log: {}", e.toString());
            }
        });
        files.clear();
    }
}
