package io.fusionize.platform.instance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a process's resident-set high-water mark from {@code /proc/PID/status}. */
final class ProcessMemory {

    private static final String HIGH_WATER_MARK = "VmHWM:";
    private static final long KB_PER_MB = 1024;

    private ProcessMemory() {
    }

    /**
     * @param pid a process id
     * @return its peak resident set in MB, rounded up, or 0 if it cannot be read
     */
    static long maxResidentMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(HIGH_WATER_MARK)) {
                    long kb = Long.parseLong(line.substring(HIGH_WATER_MARK.length()).replace("kB", "").trim());
                    return (kb + KB_PER_MB - 1) / KB_PER_MB;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
