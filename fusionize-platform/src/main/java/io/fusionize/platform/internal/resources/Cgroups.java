package io.fusionize.platform.internal.resources;

import io.fusionize.platform.ResourceEnforcement;
import java.nio.file.Path;

/** Creates control groups for instances, on cgroup v1, v2, or not at all. */
public interface Cgroups extends AutoCloseable {

    /** @return which limits are enforced */
    ResourceEnforcement enforcement();

    /**
     * @param instanceId a unique instance id
     * @param memoryMb the function's memory size
     * @param throttled whether to apply the CPU quota at once (else call {@link InstanceCgroup#throttle()})
     * @return the group, or {@link InstanceCgroup#NONE} if nothing is enforced
     */
    InstanceCgroup create(String instanceId, int memoryMb, boolean throttled);

    /** Removes the platform's parent group; instances must be gone. */
    @Override
    void close();

    /**
     * Picks the best mechanism this machine allows.
     *
     * @param wantCpu whether CPU quotas are wanted
     * @param wantMemory whether memory limits are wanted
     * @return v1 where its cpu or memory hierarchy is writable, else v2 where delegation works, else none
     */
    static Cgroups detect(boolean wantCpu, boolean wantMemory) {
        return detect(wantCpu, wantMemory, Path.of("/proc/self/mountinfo"), Path.of("/proc/self/cgroup"));
    }

    /**
     * {@link #detect(boolean, boolean)} with explicit proc files, for tests.
     *
     * @param wantCpu whether CPU quotas are wanted
     * @param wantMemory whether memory limits are wanted
     * @param mountInfo the mountinfo file
     * @param selfCgroup the process's cgroup file
     * @return the chosen mechanism
     */
    static Cgroups detect(boolean wantCpu, boolean wantMemory, Path mountInfo, Path selfCgroup) {
        if (!wantCpu && !wantMemory) {
            return new NoCgroups("limits were switched off in the platform settings.");
        }
        CgroupMounts mounts = CgroupMounts.read(mountInfo, selfCgroup);
        if (mounts.hasV1Controller("cpu") || mounts.hasV1Controller("memory")) {
            return CgroupV1.open(mounts, wantCpu, wantMemory);
        }
        if (mounts.v2Root() != null) {
            return CgroupV2.open(mounts, wantCpu, wantMemory);
        }
        return new NoCgroups("no cgroup hierarchy is mounted.");
    }
}
