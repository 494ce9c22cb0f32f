package io.fusionize.platform.internal.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CgroupMountsTests {

    @Test
    void findsTheOwnGroupInV1Hierarchies() {
        CgroupMounts mounts = CgroupMounts.parse(List.of(
                "32 31 0:29 / /sys/fs/cgroup/cpu rw,relatime - cgroup cgroup rw,cpu",
                "35 31 0:32 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory",
                "41 31 0:38 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw"),
                List.of("4:memory:/jobs/abc", "1:cpu:/", "0::/"));

        assertThat(mounts.v1Group("cpu")).isEqualTo(Path.of("/sys/fs/cgroup/cpu"));
        assertThat(mounts.v1Group("memory")).isEqualTo(Path.of("/sys/fs/cgroup/memory/jobs/abc"));
        assertThat(mounts.hasV1Controller("pids")).isFalse();
    }

    @Test
    void findsTheOwnGroupInTheUnifiedHierarchy() {
        CgroupMounts mounts = CgroupMounts.parse(List.of(
                "30 23 0:26 / /sys/fs/cgroup rw,nosuid - cgroup2 cgroup2 rw,nsdelegate"),
                List.of("0::/user.slice/session-1.scope"));

        assertThat(mounts.hasV1Controller("cpu")).isFalse();
        assertThat(mounts.v2Root()).isEqualTo(Path.of("/sys/fs/cgroup/user.slice/session-1.scope"));
    }

    @Test
    void aMountOfASubtreeIsResolvedRelativeToItsRoot() {
        CgroupMounts mounts = CgroupMounts.parse(List.of(
                "30 23 0:26 /container /sys/fs/cgroup rw - cgroup2 cgroup2 rw"),
                List.of("0::/container/app"));

        assertThat(mounts.v2Root()).isEqualTo(Path.of("/sys/fs/cgroup/app"));
    }
}
