package io.fusionize.cli.support;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A {@link PrintStream} that writes to a command's {@link PrintWriter}, for the parts of the
 * system that print to streams. Text reaches the writer line by line, so that output captured in
 * tests and shown on a terminal reads the same.
 */
public final class WriterStream extends OutputStream {

    private final PrintWriter writer;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private WriterStream(PrintWriter writer) {
        this.writer = Objects.requireNonNull(writer, "writer must not be null");
    }

    /**
     * @param writer where the text goes
     * @return a UTF-8 print stream that flushes on every line
     */
    public static PrintStream of(PrintWriter writer) {
        return new PrintStream(new WriterStream(writer), true, StandardCharsets.UTF_8);
    }

    /** Collects one byte; a line feed passes the line on. */
    @Override
    public synchronized void write(int b) {
        line.write(b);
        if (b == '\n') {
            flush();
        }
    }

    /** Passes on what was collected, whole characters only being guaranteed at line ends. */
    @Override
    public synchronized void flush() {
        if (line.size() > 0) {
            writer.write(line.toString(StandardCharsets.UTF_8));
            line.reset();
        }
        writer.flush();
    }

    /** Flushes; the writer stays open, because it belongs to the command. */
    @Override
    public void close() {
        flush();
    }
}
