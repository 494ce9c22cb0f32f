package io.fusionize.platform.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * CPU time of this process (platform and benchmark client) and of its instance processes, from
 * {@code /proc}: unlike latency, it hardly depends on what else runs on the machine.
 */
final class ProcessCpu {

    /** Clock ticks per second of {@code /proc/PID/stat} on Linux. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final long selfTicks;
    private final long childTicks;

    private ProcessCpu(long selfTicks, long childTicks) {
        this.selfTicks = selfTicks;
        this.childTicks = childTicks;
    }

    static ProcessCpu start() {
        return new ProcessCpu(ticks(ProcessHandle.current()), childTicks());
    }

    void print(int invocations) {
        double self = (ticks(ProcessHandle.current()) - selfTicks) / TICKS_PER_SECOND * 1e6 / invocations;
        double children = (childTicks() - childTicks) / TICKS_PER_SECOND * 1e6 / invocations;
        System.out.printf(Locale.ROOT, "CPU per warm invoke: platform and client %.0f us, instance %.0f us,"
                + " total %.0f us (so at most %.0f invokes/s on %d cores)%n", self, children, self + children,
                Runtime.getRuntime().availableProcessors() * 1e6 / (self + children),
                Runtime.getRuntime().availableProcessors());
    }

    private static long childTicks() {
        return ProcessHandle.current().children().mapToLong(ProcessCpu::ticks).sum();
    }

    /** utime + stime of a live process, in clock ticks. */
    private static long ticks(ProcessHandle process) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
