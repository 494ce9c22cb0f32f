package io.fusionize.platform.internal.resources;

import java.nio.file.Path;
import java.util.List;

/** The control group of one instance process. */
public interface InstanceCgroup {

    /** An instance without a control group: nothing is limited. */
    InstanceCgroup NONE = new InstanceCgroup() {
        @Override
        public List<Path> procsFiles() {
            return List.of();
        }

        @Override
        public void throttle() {
        }

        @Override
        public boolean outOfMemoryKilled() {
            return false;
        }

        @Override
        public void remove() {
        }
    };

    /** @return the {@code cgroup.procs} files the process must join before it execs the JVM */
    List<Path> procsFiles();

    /** Applies the CPU quota, e.g. once an unthrottled init is done. */
    void throttle();

    /** @return whether the kernel killed a process of this group for exceeding its memory limit */
    boolean outOfMemoryKilled();

    /** Removes the group; call after its process has exited. */
    void remove();
}
