package io.fusionize.core.record;

import io.fusionize.protocol.fusion.InvocationRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/** Appends each record as one JSON line to a file, flushing after every record. */
public final class JsonLinesFileRecordSink implements RecordSink, AutoCloseable {

    private final Path file;
    private final BufferedWriter writer;

    /**
     * Opens the file for appending, creating it and its parent directories when missing.
     *
     * @param file the file to append to
     * @throws UncheckedIOException when the file cannot be opened
     */
    public JsonLinesFileRecordSink(Path file) {
        this.file = Objects.requireNonNull(file, "file must not be null");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open record file " + file, e);
        }
    }

    @Override
    public synchronized void accept(InvocationRecord record) {
        try {
            writer.write(RecordJson.toJson(record));
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write record to " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close record file " + file, e);
        }
    }
}
