package io.fusionize.platform.internal.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.platform.StateLayout;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** One lock class serves every lock file: each file locks on its own, and only once at a time. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StateDirectoryLockTests {

    @TempDir
    Path dir;

    @Test
    void aSecondHolderOfTheSameLockFileIsRefusedUntilTheFirstLetsGo() {
        StateDirectoryLock first = StateDirectoryLock.acquire(dir, StateLayout.PLATFORM_LOCK_FILE, "platform");

        assertThatThrownBy(() -> StateDirectoryLock.acquire(dir, StateLayout.PLATFORM_LOCK_FILE, "platform"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already in use by another platform");
        first.close();
        StateDirectoryLock.acquire(dir, StateLayout.PLATFORM_LOCK_FILE, "platform").close();
    }

    @Test
    void differentLockFilesInOneDirectoryDoNotExcludeEachOther() {
        try (StateDirectoryLock platform = StateDirectoryLock.acquire(dir, StateLayout.PLATFORM_LOCK_FILE, "platform");
                StateDirectoryLock queue = StateDirectoryLock.acquire(dir, StateLayout.ASYNC_LOCK_FILE, "queue")) {
            assertThat(dir.resolve(StateLayout.PLATFORM_LOCK_FILE)).exists();
            assertThat(dir.resolve(StateLayout.ASYNC_LOCK_FILE)).exists();
        }
    }
}
