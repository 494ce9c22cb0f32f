package io.fusionize.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Starting on a state directory that an earlier fault left behind: it works, or says what is wrong and why. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StartupFaultTests {

    @TempDir
    Path stateDir;

    @Test
    void aStartAfterOneThatRanOutOfDiskSpaceReplacesTheEmptyTokenFile() throws IOException {
        Files.writeString(StateLayout.tokenFile(stateDir), "");

        try (LocalPlatform platform = platform().start()) {
            assertThat(platform.token()).matches("[0-9a-f]{64}");
            assertThat(Files.readString(platform.tokenFile())).isEqualTo(platform.token() + "\n");
        }
    }

    @Test
    void aStateDirectoryWhoseLockFileCannotBeOpenedIsNamedWithTheCause() throws IOException {
        Files.createDirectory(stateDir.resolve(StateLayout.PLATFORM_LOCK_FILE));

        assertThatThrownBy(() -> platform().start())
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("state directory " + stateDir)
                .hasMessageContaining("(FileSystemException: ");
    }

    @Test
    void aReadOnlyStateDirectoryIsNamedWithTheCause() throws IOException {
        Files.setPosixFilePermissions(stateDir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(canCreateFileIn(stateDir), "this user (root) writes despite the permissions");

            assertThatThrownBy(() -> platform().start())
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageStartingWith("state directory " + stateDir + " is read-only (AccessDeniedException: ");
        } finally {
            // lets @TempDir clean up
            Files.setPosixFilePermissions(stateDir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void platformMainReportsAFailedStartInOneLineAndExitsWithOne() throws Exception {
        Files.createDirectory(stateDir.resolve(StateLayout.PLATFORM_LOCK_FILE));
        Path errors = Files.createTempFile("platform-main", ".err");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                PlatformMain.class.getName(), "--state", stateDir.toString(), "--port", "0")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errors.toFile())
                .start();
        try {
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("PlatformMain ended").isTrue();

            assertThat(process.exitValue()).isEqualTo(1);
            assertThat(Files.readString(errors, StandardCharsets.UTF_8)).contains("cannot start the platform: ")
                    .contains(stateDir.toString()).contains("(FileSystemException: ").doesNotContain("\tat ");
        } finally {
            Files.deleteIfExists(errors);
            process.destroyForcibly();
        }
    }

    private LocalPlatform platform() {
        return LocalPlatform.builder().stateDir(stateDir).port(0).build();
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
