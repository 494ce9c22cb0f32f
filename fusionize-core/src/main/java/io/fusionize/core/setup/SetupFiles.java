package io.fusionize.core.setup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads setup files, which are UTF-8 text in either form. A file in another encoding is refused
 * with the place of its first byte that is not UTF-8, rather than the decoder's bare complaint.
 */
public final class SetupFiles {

    private SetupFiles() {
    }

    /**
     * @param file a setup file, JSON or text form
     * @return its content
     * @throws SetupFormatException when the file is not valid UTF-8; the message names the file
     *     and the place of the first invalid byte
     * @throws UncheckedIOException when the file cannot be read; the cause is the original error
     */
    public static String readUtf8(Path file) {
        Objects.requireNonNull(file, "setup file must not be null");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read setup file " + file + ": " + e.getMessage(), e);
        }
        return decode(file, bytes);
    }

    private static String decode(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never gives more chars than it has bytes, so the buffer cannot overflow.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw notUtf8(file, bytes, in.position());
        }
        return out.flip().toString();
    }

    private static SetupFormatException notUtf8(Path file, byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // Everything before the offset decoded, so the column can count characters.
        int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
        return new SetupFormatException(String.format(Locale.ROOT,
                "setup file %s is not valid UTF-8: invalid byte 0x%02X at line %d, column %d (byte offset %d); "
                        + "save it as UTF-8", file, bytes[offset] & 0xFF, line, column, offset), line, column);
    }
}
