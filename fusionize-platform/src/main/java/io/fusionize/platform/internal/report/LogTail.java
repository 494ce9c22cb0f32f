package io.fusionize.platform.internal.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Base64;
import java.util.Deque;

/** Keeps the last few kilobytes of an invocation's log, for {@code X-Amz-Log-Type: Tail}. */
public final class LogTail {

    private final int limitBytes;
    private final Deque<String> lines = new ArrayDeque<>();
    private int bytes;

    /** @param limitBytes how many bytes to keep */
    public LogTail(int limitBytes) {
        if (limitBytes <= 0) {
            throw new IllegalArgumentException("limitBytes must be positive, not " + limitBytes);
        }
        this.limitBytes = limitBytes;
    }

    /** @param line a log line, without terminator */
    public synchronized void append(String line) {
        lines.addLast(line);
        bytes += utf8Length(line) + 1;
        // keep one line beyond the limit at most; the exact cut happens on read
        while (bytes - utf8Length(lines.peekFirst()) - 1 >= limitBytes) {
            bytes -= utf8Length(lines.removeFirst()) + 1;
        }
    }

    /** @return the last {@code limitBytes} bytes of the log, each line ending in a newline */
    public synchronized byte[] bytes() {
        StringBuilder text = new StringBuilder(bytes);
        lines.forEach(line -> text.append(line).append('\n'));
        byte[] all = text.toString().getBytes(StandardCharsets.UTF_8);
        return all.length <= limitBytes ? all : Arrays.copyOfRange(all, all.length - limitBytes, all.length);
    }

    /** @return {@link #bytes()} as base64, the form of {@code X-Amz-Log-Result} */
    public String base64() {
        return Base64.getEncoder().encodeToString(bytes());
    }

    private static int utf8Length(String line) {
        int length = line.length();
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) >= 0x80) {
                return line.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return length;
    }
}
