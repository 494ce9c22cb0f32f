package io.fusionize.cli.support;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A {@link PrintStream} that writes to a command's {@link PrintWriter}, for the parts of the
 * system that print to streams. Text reaches the writer at every line end and flush, and a
 * character is never split, whatever the writes that carried its bytes.
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

    /** Passes on what was collected, up to the last whole character; its rest waits for its other bytes. */
    @Override
    public synchronized void flush() {
        byte[] bytes = line.toByteArray();
        int whole = wholeCharacters(bytes);
        if (whole > 0) {
            writer.write(new String(bytes, 0, whole, StandardCharsets.UTF_8));
            line.reset();
            line.write(bytes, whole, bytes.length - whole);
        }
        writer.flush();
    }

    /** @return how many leading bytes end on a character boundary of UTF-8 */
    private static int wholeCharacters(byte[] bytes) {
        int start = bytes.length;
        // A character is at most 4 bytes; find where the last one starts.
        while (start > 0 && bytes.length - start < 4 && (bytes[start - 1] & 0xC0) == 0x80) {
            start--;
        }
        if (start == 0) {
            return bytes.length;
        }
        int lead = bytes[start - 1] & 0xFF;
        int length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return bytes.length - (start - 1) >= length ? bytes.length : start - 1;
    }

    /** Flushes; the writer stays open, because it belongs to the command. */
    @Override
    public void close() {
        flush();
    }
}
