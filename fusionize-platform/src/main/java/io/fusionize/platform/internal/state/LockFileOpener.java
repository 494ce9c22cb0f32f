package io.fusionize.platform.internal.state;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Opens a lock file for locking; tests replace it to fail the way a read-only directory does. */
@FunctionalInterface
interface LockFileOpener {

    /** Creates the file if it is missing and opens it for writing, which a file lock needs. */
    LockFileOpener CREATE_FOR_WRITING = file -> FileChannel.open(file, StandardOpenOption.CREATE,
            StandardOpenOption.WRITE);

    /**
     * @param file the lock file
     * @return an open channel on it
     * @throws IOException if it cannot be created or opened
     */
    FileChannel open(Path file) throws IOException;
}
