package io.fusionize.platform.internal.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * An exclusive lock on a directory, held through a lock file inside it, so that a second user of
 * the directory, in this or another process, fails at once instead of sharing it. The operating
 * system frees the lock when its process dies, even by {@code kill -9}.
 */
public final class StateDirectoryLock implements AutoCloseable {

    // how Linux words EROFS in a FileSystemException
    private static final String READ_ONLY_FILE_SYSTEM = "Read-only file system";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private StateDirectoryLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock without waiting.
     *
     * @param directory an existing directory
     * @param lockFileName the lock file's name inside it; each kind of user has its own
     * @param owner what holds the lock, for the message when it is taken, e.g. {@code platform}
     * @return the held lock
     * @throws IllegalStateException if another user holds it
     * @throws UncheckedIOException if the lock file cannot be opened or locked
     */
    public static StateDirectoryLock acquire(Path directory, String lockFileName, String owner) {
        return acquire(directory, lockFileName, owner, LockFileOpener.CREATE_FOR_WRITING);
    }

    /** Takes the lock, opening the lock file with {@code opener}; tests fail it as a read-only disk would. */
    static StateDirectoryLock acquire(Path directory, String lockFileName, String owner, LockFileOpener opener) {
        Path file = directory.resolve(lockFileName);
        FileChannel channel = open(directory, file, opener);
        try {
            return new StateDirectoryLock(file, channel, lockOrFail(channel, directory, owner));
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
            throw new UncheckedIOException("cannot release the lock " + file, e);
        }
    }

    private static FileChannel open(Path directory, Path file, LockFileOpener opener) {
        try {
            return opener.open(file);
        } catch (IOException e) {
            String problem = isReadOnly(e) ? "state directory " + directory + " is read-only"
                    : "cannot open the lock file " + file + " in state directory " + directory;
            throw new UncheckedIOException(problem + " (" + describe(e) + ")", e);
        }
    }

    private static FileLock lockOrFail(FileChannel channel, Path directory, String owner) {
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(directory, owner, "in another process");
            }
            return lock;
        } catch (OverlappingFileLockException e) {
            throw inUse(directory, owner, "in this process");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the state directory " + directory + " (" + describe(e) + ")", e);
        }
    }

    private static IllegalStateException inUse(Path directory, String owner, String where) {
        return new IllegalStateException(directory + " is already in use by another " + owner + " " + where
                + "; stop it or choose another state directory");
    }

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static boolean isReadOnly(IOException e) {
        return e instanceof AccessDeniedException
                || e instanceof FileSystemException f && READ_ONLY_FILE_SYSTEM.equals(f.getReason());
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the failure that brought us here matters more than this one
        }
    }
}
