package io.fusionize.platform.async;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a queue's state directory.
 *
 * <p>Only the lock holder may treat events left in flight as abandoned and deliver them again;
 * the operating system frees the lock when its process dies, even by {@code kill -9}.
 */
final class StateDirectoryLock implements AutoCloseable {

    private static final String LOCK_FILE = "async-events.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private StateDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock on {@code stateDir} without waiting.
     *
     * @throws IllegalStateException if another queue holds it
     * @throws UncheckedIOException if the lock file cannot be opened
     */
    static StateDirectoryLock acquire(Path stateDir) {
        FileChannel channel = open(stateDir.resolve(LOCK_FILE));
        try {
            return new StateDirectoryLock(channel, lockOrFail(channel, stateDir));
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** Frees the lock. */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot release the async event store lock", e);
        }
    }

    private static FileChannel open(Path file) {
        try {
            return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open async event store lock " + file, e);
        }
    }

    private static FileLock lockOrFail(FileChannel channel, Path stateDir) {
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw alreadyInUse(stateDir, "another process");
            }
            return lock;
        } catch (OverlappingFileLockException e) {
            throw alreadyInUse(stateDir, "another queue of this process");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock async event store in " + stateDir, e);
        }
    }

    private static IllegalStateException alreadyInUse(Path stateDir, String holder) {
        return new IllegalStateException(
                "Async event store in " + stateDir + " is already in use by " + holder);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the failure that brought us here matters more than this one
        }
    }
}
