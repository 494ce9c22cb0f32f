package io.fusionize.cli.logging;

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** An SLF4J logger that writes to the {@link LogSink}. */
final class SinkLogger extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;

    SinkLogger(String name) {
        this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
        return LogSink.get().enabled(name, Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return LogSink.get().enabled(name, Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return LogSink.get().enabled(name, Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return LogSink.get().enabled(name, Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return LogSink.get().enabled(name, Level.ERROR);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
            Throwable failure) {
        LogSink.get().write(level, name, MessageFormatter.basicArrayFormat(pattern, arguments), failure);
    }
}
