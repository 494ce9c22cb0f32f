package io.fusionize.platform.internal.resources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** Small file operations on cgroup filesystems. */
final class CgroupFiles {

    private static final String PARENT_PREFIX = "fusionize-";
    private static final AtomicInteger PARENTS = new AtomicInteger();
    private static final int REMOVE_ATTEMPTS = 20;
    private static final long REMOVE_PAUSE_MS = 25;

    private CgroupFiles() {
    }

    /** @return a parent group name unique to this platform: pid and a counter */
    static String newParentName() {
        return PARENT_PREFIX + ProcessHandle.current().pid() + "-" + PARENTS.incrementAndGet();
    }

    static void write(Path file, String value) throws IOException {
        Files.writeString(file, value, StandardCharsets.US_ASCII);
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.US_ASCII).trim();
    }

    /**
     * @param file a flat-keyed cgroup file such as {@code memory.events}
     * @param key a key in it
     * @return the value, or 0 if the file or key is missing
     */
    static long keyedValue(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length == 2 && parts[0].equals(key)) {
                    return Long.parseLong(parts[1]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    /** Removes an empty group, waiting briefly for its last process to be reaped. */
    static void removeGroup(Path group) {
        if (group == null) {
            return;
        }
        for (int attempt = 0; attempt < REMOVE_ATTEMPTS && Files.exists(group); attempt++) {
            try {
                Files.delete(group);
                return;
            } catch (IOException e) {
                pause();
            }
        }
    }

    /** Removes parents left behind by platforms that died without closing, and their children. */
    static void removeStaleParents(Path base) {
        try (Stream<Path> entries = Files.list(base)) {
            for (Path entry : entries.filter(CgroupFiles::isStaleParent).toList()) {
                removeChildren(entry);
                removeGroup(entry);
            }
        } catch (IOException e) {
            // stale groups only cost a directory entry each; never fail a start over them
        }
    }

    static void removeChildren(Path parent) {
        try (Stream<Path> children = Files.list(parent)) {
            List<Path> groups = children.filter(Files::isDirectory).toList();
            groups.forEach(CgroupFiles::removeGroup);
        } catch (IOException e) {
            // the parent is gone already
        }
    }

    private static boolean isStaleParent(Path entry) {
        String name = entry.getFileName().toString();
        if (!name.startsWith(PARENT_PREFIX) || !Files.isDirectory(entry)) {
            return false;
        }
        String[] parts = name.substring(PARENT_PREFIX.length()).split("-");
        try {
            long pid = Long.parseLong(parts[0]);
            return ProcessHandle.of(pid).map(handle -> !handle.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(REMOVE_PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
