package io.fusionize.platform.internal.state;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.platform.StateLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A state directory that cannot be written is refused with its name and the cause, not just "cannot lock". */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class StateDirectoryFaultTests {

    private static final String LOCK = StateLayout.PLATFORM_LOCK_FILE;

    @TempDir
    Path dir;

    @Test
    void aDirectoryMadeReadOnlyByItsPermissionsIsNamedWithTheCause() throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(canCreateFileIn(dir), "this user (root) writes despite the permissions");

            assertThatThrownBy(() -> StateDirectoryLock.acquire(dir, LOCK, "platform"))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageStartingWith("state directory " + dir + " is read-only (AccessDeniedException: ");
        } finally {
            // lets @TempDir clean up
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aDeniedLockFileIsReportedAsAReadOnlyDirectoryWithTheCause() {
        Path file = dir.resolve(LOCK);
        LockFileOpener denied = lockFile -> {
            throw new AccessDeniedException(lockFile.toString());
        };

        assertThatThrownBy(() -> StateDirectoryLock.acquire(dir, LOCK, "platform", denied))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("state directory " + dir + " is read-only (AccessDeniedException: " + file + ")");
    }

    @Test
    void aReadOnlyFileSystemIsReportedAsAReadOnlyDirectoryWithTheCause() {
        LockFileOpener readOnlyMount = lockFile -> {
            throw new FileSystemException(lockFile.toString(), null, "Read-only file system");
        };

        assertThatThrownBy(() -> StateDirectoryLock.acquire(dir, LOCK, "platform", readOnlyMount))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("state directory " + dir + " is read-only (FileSystemException: ")
                .hasMessageContaining("Read-only file system");
    }

    @Test
    void aLockFileThatCannotBeOpenedIsNamedWithTheCause() throws IOException {
        Files.createDirectory(dir.resolve(LOCK));

        assertThatThrownBy(() -> StateDirectoryLock.acquire(dir, LOCK, "platform"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(dir.resolve(LOCK).toString())
                .hasMessageContaining("(FileSystemException: ")
                .hasMessageContaining("Is a directory");
    }

    private static boolean canCreateFileIn(Path dir) throws IOException {
        try {
            Files.delete(Files.createFile(dir.resolve("write-probe")));
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }
}
