package io.fusionize.reliability.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs mounted for one test, which the test can fill up, free again, and switch between
 * read-only and read-write while a platform uses it. Needs root; {@link #mount} says whether the
 * mount worked.
 */
public final class Tmpfs implements AutoCloseable {

    private final Path directory;
    private int fillers;

    private Tmpfs(Path directory) {
        this.directory = directory;
    }

    /**
     * @param directory an empty directory to mount on
     * @param sizeMb the file system's size
     * @return the mounted file system
     * @throws IllegalStateException when this machine does not let the test mount one
     */
    public static Tmpfs mount(Path directory, int sizeMb) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run("mount", "-t", "tmpfs", "-o", "size=" + sizeMb + "m", "tmpfs", directory.toString());
        return new Tmpfs(directory);
    }

    /** @return the mount point */
    public Path directory() {
        return directory;
    }

    /** Writes files until the file system has no block left. */
    public void fill() {
        // large chunks first, then smaller ones, so that the last free blocks go too
        for (int chunk : new int[] {1 << 20, 1 << 16, 1 << 12, 1 << 9}) {
            Path filler = directory.resolve("filler-" + fillers++);
            byte[] bytes = new byte[chunk];
            try (OutputStream out = Files.newOutputStream(filler)) {
                while (true) {
                    out.write(bytes);
                    out.flush();
                }
            } catch (IOException full) {
                // "No space left on device": this chunk size no longer fits
            }
        }
    }

    /** Deletes what {@link #fill()} wrote. */
    public void free() {
        for (int i = 0; i < fillers; i++) {
            try {
                Files.deleteIfExists(directory.resolve("filler-" + i));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        fillers = 0;
    }

    /** @param readOnly whether the file system refuses writes from now on */
    public void readOnly(boolean readOnly) {
        run("mount", "-o", "remount," + (readOnly ? "ro" : "rw"), directory.toString());
    }

    /** Unmounts it; lazily, so that a process still holding a file does not keep it mounted. */
    @Override
    public void close() {
        run("umount", "-l", directory.toString());
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output.trim());
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
        }
    }
}
