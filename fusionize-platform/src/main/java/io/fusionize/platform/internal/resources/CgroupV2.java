package io.fusionize.platform.internal.resources;

import io.fusionize.platform.ResourceEnforcement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Control groups on the unified (v2) hierarchy, where {@code cpu} and {@code memory} are delegated. */
final class CgroupV2 implements Cgroups {

    private static final Logger LOG = LoggerFactory.getLogger(CgroupV2.class);
    private static final String CONTROLLERS = "cgroup.controllers";
    private static final String SUBTREE_CONTROL = "cgroup.subtree_control";
    private static final String CPU_MAX = "cpu.max";
    private static final String MEMORY_MAX = "memory.max";
    private static final String SWAP_MAX = "memory.swap.max";

    private final Path parent;
    private final boolean cpu;
    private final boolean memory;
    private final ResourceEnforcement enforcement;

    private CgroupV2(Path parent, boolean cpu, boolean memory, ResourceEnforcement enforcement) {
        this.parent = parent;
        this.cpu = cpu;
        this.memory = memory;
        this.enforcement = enforcement;
    }

    static Cgroups open(CgroupMounts mounts, boolean wantCpu, boolean wantMemory) {
        Path own = mounts.v2Root();
        List<String> notes = new ArrayList<>();
        CgroupFiles.removeStaleParents(own);
        Path parent = own.resolve(CgroupFiles.newParentName());
        try {
            Files.createDirectories(parent);
        } catch (IOException | SecurityException e) {
            notes.add("Not enforced: cannot create a cgroup under " + own + " (" + e.getMessage() + ").");
            return new CgroupV2(null, false, false, new ResourceEnforcement(false, false, "cgroup v2", notes));
        }
        boolean cpu = wantCpu && delegate(own, parent, "cpu", "CPU quota", notes);
        boolean memory = wantMemory && delegate(own, parent, "memory", "Memory limit", notes);
        return new CgroupV2(parent, cpu, memory, new ResourceEnforcement(cpu, memory, "cgroup v2", notes));
    }

    /** Enables a controller for the platform's children, if the hierarchy lets it. */
    private static boolean delegate(Path own, Path parent, String controller, String what, List<String> notes) {
        try {
            if (!readWords(parent.resolve(CONTROLLERS)).contains(controller)) {
                // only works when this process's own group has no other processes, or is the root
                CgroupFiles.write(own.resolve(SUBTREE_CONTROL), "+" + controller);
            }
            CgroupFiles.write(parent.resolve(SUBTREE_CONTROL), "+" + controller);
            return true;
        } catch (IOException e) {
            notes.add(what + " not enforced: the " + controller + " controller is not delegated to " + own + ".");
            return false;
        }
    }

    private static List<String> readWords(Path file) throws IOException {
        return List.of(CgroupFiles.read(file).split("\\s+"));
    }

    @Override
    public ResourceEnforcement enforcement() {
        return enforcement;
    }

    @Override
    public InstanceCgroup create(String instanceId, int memoryMb, boolean throttled) {
        if (!cpu && !memory) {
            return InstanceCgroup.NONE;
        }
        Path group = parent.resolve("i-" + instanceId);
        try {
            Files.createDirectories(group);
            if (cpu) {
                CgroupFiles.write(group.resolve(CPU_MAX), cpuMax(memoryMb, throttled));
            }
            if (memory) {
                CgroupFiles.write(group.resolve(MEMORY_MAX), Long.toString(memoryMb * 1024L * 1024L));
                if (Files.exists(group.resolve(SWAP_MAX))) {
                    CgroupFiles.write(group.resolve(SWAP_MAX), "0");
                }
            }
            return new Group(group, cpu, memoryMb);
        } catch (IOException e) {
            LOG.warn("Instance {} runs without limits: cannot set up its cgroup ({})", instanceId, e.toString());
            CgroupFiles.removeGroup(group);
            return InstanceCgroup.NONE;
        }
    }

    private static String cpuMax(int memoryMb, boolean throttled) {
        return (throttled ? Long.toString(CpuShare.quotaMicros(memoryMb)) : "max") + " " + CpuShare.PERIOD_MICROS;
    }

    @Override
    public void close() {
        if (parent != null) {
            CgroupFiles.removeChildren(parent);
            CgroupFiles.removeGroup(parent);
        }
    }

    /** One instance's group. */
    private record Group(Path group, boolean cpu, int memoryMb) implements InstanceCgroup {

        @Override
        public List<Path> procsFiles() {
            return List.of(group.resolve("cgroup.procs"));
        }

        @Override
        public void throttle() {
            if (!cpu) {
                return;
            }
            try {
                CgroupFiles.write(group.resolve(CPU_MAX), cpuMax(memoryMb, true));
            } catch (IOException e) {
                LOG.warn("Cannot apply the CPU quota in {}: {}", group, e.toString());
            }
        }

        @Override
        public boolean outOfMemoryKilled() {
            return CgroupFiles.keyedValue(group.resolve("memory.events"), "oom_kill") > 0;
        }

        @Override
        public void remove() {
            CgroupFiles.removeGroup(group);
        }
    }
}
