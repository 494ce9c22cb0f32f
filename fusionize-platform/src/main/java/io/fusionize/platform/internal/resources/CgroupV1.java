package io.fusionize.platform.internal.resources;

import io.fusionize.platform.ResourceEnforcement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Control groups on the v1 {@code cpu} and {@code memory} hierarchies. */
final class CgroupV1 implements Cgroups {

    private static final Logger LOG = LoggerFactory.getLogger(CgroupV1.class);
    private static final String CPU_QUOTA = "cpu.cfs_quota_us";
    private static final String CPU_PERIOD = "cpu.cfs_period_us";
    private static final String MEMORY_LIMIT = "memory.limit_in_bytes";
    private static final String PROCS = "cgroup.procs";
    private static final String UNLIMITED = "-1";

    private final Path cpuParent;
    private final Path memoryParent;
    private final ResourceEnforcement enforcement;

    private CgroupV1(Path cpuParent, Path memoryParent, ResourceEnforcement enforcement) {
        this.cpuParent = cpuParent;
        this.memoryParent = memoryParent;
        this.enforcement = enforcement;
    }

    static Cgroups open(CgroupMounts mounts, boolean wantCpu, boolean wantMemory) {
        String name = CgroupFiles.newParentName();
        List<String> notes = new ArrayList<>();
        Path cpu = wantCpu ? parent(mounts.v1Group("cpu"), name, CPU_QUOTA, "CPU quota", notes) : null;
        Path memory = wantMemory ? parent(mounts.v1Group("memory"), name, MEMORY_LIMIT, "Memory limit", notes) : null;
        if (!wantCpu) {
            notes.add("CPU quota switched off in the platform settings.");
        }
        if (!wantMemory) {
            notes.add("Memory limit switched off in the platform settings.");
        }
        return new CgroupV1(cpu, memory, new ResourceEnforcement(cpu != null, memory != null, "cgroup v1", notes));
    }

    private static Path parent(Path own, String name, String probeFile, String what, List<String> notes) {
        if (own == null) {
            notes.add(what + " not enforced: the cgroup v1 controller is not mounted.");
            return null;
        }
        CgroupFiles.removeStaleParents(own);
        Path parent = own.resolve(name);
        try {
            Files.createDirectories(parent);
            if (!Files.isWritable(parent.resolve(probeFile))) {
                throw new IOException(probeFile + " is not writable");
            }
            return parent;
        } catch (IOException | SecurityException e) {
            notes.add(what + " not enforced: cannot create a cgroup under " + own + " (" + e.getMessage() + ").");
            return null;
        }
    }

    @Override
    public ResourceEnforcement enforcement() {
        return enforcement;
    }

    @Override
    public InstanceCgroup create(String instanceId, int memoryMb, boolean throttled) {
        String name = "i-" + instanceId;
        Path cpu = cpuParent == null ? null : cpuParent.resolve(name);
        Path memory = memoryParent == null ? null : memoryParent.resolve(name);
        try {
            if (cpu != null) {
                Files.createDirectories(cpu);
                CgroupFiles.write(cpu.resolve(CPU_PERIOD), Long.toString(CpuShare.PERIOD_MICROS));
                CgroupFiles.write(cpu.resolve(CPU_QUOTA), throttled ? quota(memoryMb) : UNLIMITED);
            }
            if (memory != null) {
                Files.createDirectories(memory);
                CgroupFiles.write(memory.resolve(MEMORY_LIMIT), Long.toString(memoryMb * 1024L * 1024L));
            }
            return new Group(cpu, memory, memoryMb);
        } catch (IOException e) {
            LOG.warn("Instance {} runs without limits: cannot set up its cgroup ({})", instanceId, e.toString());
            CgroupFiles.removeGroup(cpu);
            CgroupFiles.removeGroup(memory);
            return InstanceCgroup.NONE;
        }
    }

    private static String quota(int memoryMb) {
        return Long.toString(CpuShare.quotaMicros(memoryMb));
    }

    @Override
    public void close() {
        for (Path parent : new Path[] {cpuParent, memoryParent}) {
            if (parent != null) {
                CgroupFiles.removeChildren(parent);
                CgroupFiles.removeGroup(parent);
            }
        }
    }

    /** One instance's groups in the cpu and memory hierarchies. */
    private record Group(Path cpu, Path memory, int memoryMb) implements InstanceCgroup {

        @Override
        public List<Path> procsFiles() {
            List<Path> files = new ArrayList<>(2);
            if (cpu != null) {
                files.add(cpu.resolve(PROCS));
            }
            if (memory != null) {
                files.add(memory.resolve(PROCS));
            }
            return files;
        }

        @Override
        public void throttle() {
            if (cpu == null) {
                return;
            }
            try {
                CgroupFiles.write(cpu.resolve(CPU_QUOTA), quota(memoryMb));
            } catch (IOException e) {
                LOG.warn("Cannot apply the CPU quota in {}: {}", cpu, e.toString());
            }
        }

        @Override
        public boolean outOfMemoryKilled() {
            return memory != null && CgroupFiles.keyedValue(memory.resolve("memory.oom_control"), "oom_kill") > 0;
        }

        @Override
        public void remove() {
            CgroupFiles.removeGroup(cpu);
            CgroupFiles.removeGroup(memory);
        }
    }
}
