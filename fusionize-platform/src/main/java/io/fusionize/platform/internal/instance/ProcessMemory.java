package io.fusionize.platform.internal.instance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
            // read once per invocation: scan the raw text instead of splitting it into lines
            String status = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "status")),
                    StandardCharsets.US_ASCII);
            int start = status.indexOf(HIGH_WATER_MARK);
            if (start < 0) {
                return 0;
            }
            int end = status.indexOf("kB", start);
            long kb = Long.parseLong(status.substring(start + HIGH_WATER_MARK.length(), end).trim());
            return (kb + KB_PER_MB - 1) / KB_PER_MB;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
