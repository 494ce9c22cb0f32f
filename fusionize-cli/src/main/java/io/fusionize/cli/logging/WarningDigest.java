package io.fusionize.cli.logging;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Puts the warnings that went to the log file on the console as one line now and then, with their
 * counts: {@code warnings: 12 × OversubscriptionTracker (CPU oversubscribed: ...); details in FILE}.
 */
public final class WarningDigest implements AutoCloseable {

    /** How often a line may appear. */
    public static final long EVERY_SECONDS = 60;
    private static final int MESSAGE_CHARS = 80;

    private final LogSink sink;
    private final Consumer<String> console;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fusionize-warning-digest");
        thread.setDaemon(true);
        return thread;
    });

    private WarningDigest(LogSink sink, Consumer<String> console) {
        this.sink = sink;
        this.console = console;
        timer.scheduleWithFixedDelay(this::print, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * @param sink the sink whose warnings are counted
     * @param console receives each line
     * @return the running digest
     */
    public static WarningDigest start(LogSink sink, Consumer<String> console) {
        return new WarningDigest(sink, console);
    }

    /** Prints the warnings not printed yet, if any, and stops. */
    @Override
    public void close() {
        timer.shutdownNow();
        print();
    }

    private void print() {
        Map<String, Count> counted = sink.takeWarnings();
        Path file = sink.file();
        if (counted.isEmpty() || file == null) {
            return;
        }
        console.accept("warnings: " + counted.values().stream().map(Count::toString).collect(Collectors.joining(", "))
                + "; details in " + file);
    }

    /** The warnings of one logger since the last line, with the first one's message. */
    static final class Count {

        private final String logger;
        private final String firstMessage;
        private long count;

        Count(String logger, String firstMessage) {
            this.logger = logger;
            this.firstMessage = firstMessage;
        }

        void add() {
            count++;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d × %s (%s)", count, logger, gist(firstMessage.replace('\n', ' ')));
        }

        /** The message up to its first clause, so the line stays short. */
        private static String gist(String message) {
            int clause = message.indexOf(';');
            String first = clause > 0 ? message.substring(0, clause) : message;
            if (first.length() <= MESSAGE_CHARS) {
                return first + (clause > 0 ? " …" : "");
            }
            int space = first.lastIndexOf(' ', MESSAGE_CHARS);
            return first.substring(0, space > 0 ? space : MESSAGE_CHARS) + " …";
        }
    }
}
