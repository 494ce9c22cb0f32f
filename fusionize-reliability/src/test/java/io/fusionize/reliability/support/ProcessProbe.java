package io.fusionize.reliability.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Reads a running process's resources from {@code /proc}: resident memory, open files and threads. */
public final class ProcessProbe {

    private ProcessProbe() {
    }

    /**
     * One reading of a process.
     *
     * @param rssKb resident set size in KiB ({@code VmRSS})
     * @param openFiles open file descriptors ({@code /proc/PID/fd} entries)
     * @param threads threads ({@code Threads})
     * @param children live descendant processes
     */
    public record Reading(long rssKb, long openFiles, long threads, long children) {
    }

    /**
     * @param pid the process
     * @return its reading now
     * @throws IllegalStateException when the process is gone
     */
    public static Reading read(long pid) {
        Path proc = Path.of("/proc", Long.toString(pid));
        try {
            String status = Files.readString(proc.resolve("status"));
            long children = ProcessHandle.of(pid).map(h -> h.descendants().count()).orElse(0L);
            return new Reading(field(status, "VmRSS:"), count(proc.resolve("fd")), field(status, "Threads:"), children);
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("cannot read /proc for process " + pid + "; has it exited?", e);
        }
    }

    /**
     * @param pid the process
     * @return its open file descriptors now
     */
    public static long openFiles(long pid) {
        try {
            return count(Path.of("/proc", Long.toString(pid), "fd"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.count();
        }
    }

    private static long field(String status, String name) {
        return status.lines().filter(l -> l.startsWith(name)).findFirst()
                .map(l -> Long.parseLong(l.substring(name.length()).trim().split("\\s+")[0]))
                .orElseThrow(() -> new IllegalStateException("no " + name + " in /proc status"));
    }
}
