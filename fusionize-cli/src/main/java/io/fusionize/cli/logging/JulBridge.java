package io.fusionize.cli.logging;

import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.slf4j.event.Level;

/** Sends {@code java.util.logging} records, e.g. the OTLP exporter's, to the {@link LogSink}. */
final class JulBridge extends Handler {

    private final SimpleFormatter formatter = new SimpleFormatter();

    @Override
    public void publish(LogRecord record) {
        Level level = level(record.getLevel());
        String logger = record.getLoggerName() == null ? "java.util.logging" : record.getLoggerName();
        if (LogSink.get().enabled(logger, level)) {
            LogSink.get().write(level, logger, formatter.formatMessage(record), record.getThrown());
        }
    }

    @Override
    public void flush() {
        // the sink writes every line at once
    }

    @Override
    public void close() {
        // the sink outlives the handler
    }

    private static Level level(java.util.logging.Level level) {
        int value = level.intValue();
        if (value >= java.util.logging.Level.SEVERE.intValue()) {
            return Level.ERROR;
        }
        if (value >= java.util.logging.Level.WARNING.intValue()) {
            return Level.WARN;
        }
        if (value >= java.util.logging.Level.INFO.intValue()) {
            return Level.INFO;
        }
        return value >= java.util.logging.Level.FINE.intValue() ? Level.DEBUG : Level.TRACE;
    }
}
