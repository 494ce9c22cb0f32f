package io.fusionize.platform.internal.security;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writes a new token's bytes to a file; tests replace it to fail the way a full disk does. */
@FunctionalInterface
interface TokenWriter {

    /** Writes the bytes and forces them to the disk before the file is moved into place. */
    TokenWriter SYNCED = (file, bytes) -> {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    };

    /**
     * @param file an existing, empty file
     * @param bytes what it must hold
     * @throws IOException if the bytes cannot all be written
     */
    void write(Path file, byte[] bytes) throws IOException;
}
