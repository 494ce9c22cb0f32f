package io.fusionize.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The latest snapshot of a dashboard, kept as {@value #NAME} next to the state it shows, replaced
 * atomically, so that a later {@code fusionize dashboard --state DIR} shows the run it came from.
 */
public final class SnapshotFile {

    /** The file's name. */
    public static final String NAME = "dashboard.json";

    private final Path file;
    private long savedRevision = -1;

    /** @param file where the snapshot is kept */
    public SnapshotFile(Path file) {
        this.file = file;
    }

    /**
     * Saves the model's snapshot when it changed since the last save; a failure to write is ignored,
     * because the live page does not need the file.
     *
     * @param model the model
     */
    public synchronized void saveIfChanged(DashboardModel model) {
        long revision = model.revision();
        if (revision == savedRevision) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.writeString(partial, model.snapshotJson());
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            savedRevision = revision;
        } catch (IOException e) {
            // the next change tries again
        }
    }

    /**
     * @param file a snapshot file
     * @return its snapshot, if it exists and can be read
     */
    public static Optional<String> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
