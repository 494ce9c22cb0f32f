package io.fusionize.platform.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Keeps a second platform, in this or another process, off a state directory that is in use. */
public final class StateDirectoryLock implements AutoCloseable {

    /** The lock file inside the state directory. */
    public static final String LOCK_FILE = "platform.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private StateDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @param stateDir an existing state directory
     * @return the held lock; the OS releases it if the process dies
     * @throws IllegalStateException if another platform holds it
     * @throws UncheckedIOException if the lock file cannot be opened
     */
    public static StateDirectoryLock acquire(Path stateDir) {
        Path file = stateDir.resolve(LOCK_FILE);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(stateDir);
            }
            return new StateDirectoryLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(stateDir);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock the state directory " + stateDir, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static IllegalStateException inUse(Path stateDir) {
        return new IllegalStateException("State directory " + stateDir
                + " is in use by another running platform; stop it or choose another --state directory");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing more to release
            }
        }
    }

    /** Releases the lock. */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the state directory lock", e);
        }
    }
}
