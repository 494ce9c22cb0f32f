package io.fusionize.cli.logging;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.event.Level;

/**
 * The one place every log line of the command's process goes. Until {@link #routeTo} names a file,
 * lines at INFO and above go to standard error (the HTTP servers' chatter only from WARN). Once
 * routed, every line from INFO goes to the file, opened for appending when the first line comes,
 * and warnings and errors are also counted for {@link WarningDigest}.
 */
public final class LogSink {

    private static final LogSink INSTANCE = new LogSink();
    private static final String[] CHATTY_LOGGERS = {"org.eclipse.jetty", "io.javalin", "org.openqa.selenium"};

    private Path file;
    private PrintStream fileStream;
    private final Map<String, WarningDigest.Count> warnings = new LinkedHashMap<>();

    private LogSink() {
    }

    /** @return the process's sink */
    public static LogSink get() {
        return INSTANCE;
    }

    /**
     * Sends every line from now on to a file, created with its directory when the first line comes.
     *
     * @param logFile the file; an existing one is appended to
     */
    public synchronized void routeTo(Path logFile) {
        closeFile();
        file = logFile;
    }

    /** @return the file lines go to, or {@code null} while they go to standard error */
    public synchronized Path file() {
        return file;
    }

    /**
     * @param logger the logger's name
     * @param level a level
     * @return whether a line of that level from that logger is written
     */
    public boolean enabled(String logger, Level level) {
        if (level.toInt() >= Level.WARN.toInt()) {
            return true;
        }
        if (level.toInt() < Level.INFO.toInt()) {
            return false;
        }
        for (String chatty : CHATTY_LOGGERS) {
            if (logger.startsWith(chatty)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param level the line's level
     * @param logger the logger's name
     * @param message the formatted message
     * @param failure an attached throwable, or {@code null}
     */
    public void write(Level level, String logger, String message, Throwable failure) {
        String line = LocalDateTime.now() + " " + level + " [" + Thread.currentThread().getName() + "] " + logger
                + " - " + message;
        String trace = failure == null ? "" : System.lineSeparator() + stackTrace(failure);
        synchronized (this) {
            if (file == null) {
                System.err.println(line + trace);
                return;
            }
            if (level.toInt() >= Level.WARN.toInt()) {
                warnings.computeIfAbsent(simpleName(logger), name -> new WarningDigest.Count(name, message)).add();
            }
            PrintStream out = fileStream();
            if (out != null) {
                out.println(line + trace);
            }
        }
    }

    /** @return the warnings counted since the last call, by logger, and forgets them */
    synchronized Map<String, WarningDigest.Count> takeWarnings() {
        Map<String, WarningDigest.Count> taken = new LinkedHashMap<>(warnings);
        warnings.clear();
        return taken;
    }

    private PrintStream fileStream() {
        if (fileStream == null) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                fileStream = new PrintStream(Files.newOutputStream(file, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND), true, StandardCharsets.UTF_8);
            } catch (IOException | UncheckedIOException e) {
                // Without the file the lines are lost rather than thrown into the console.
                return null;
            }
        }
        return fileStream;
    }

    private void closeFile() {
        if (fileStream != null) {
            fileStream.close();
            fileStream = null;
        }
    }

    private static String simpleName(String logger) {
        return logger.substring(logger.lastIndexOf('.') + 1);
    }

    private static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString().stripTrailing();
    }
}
