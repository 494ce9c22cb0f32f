package io.fusionize.platform.internal.resources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where the cgroup hierarchies are mounted and where this process sits in each of them. */
final class CgroupMounts {

    private final Map<String, Path> v1Groups;
    private final Path v2Group;

    private CgroupMounts(Map<String, Path> v1Groups, Path v2Group) {
        this.v1Groups = v1Groups;
        this.v2Group = v2Group;
    }

    static CgroupMounts read(Path mountInfo, Path selfCgroup) {
        try {
            return parse(Files.readAllLines(mountInfo), Files.readAllLines(selfCgroup));
        } catch (IOException e) {
            return new CgroupMounts(Map.of(), null);
        }
    }

    /** Joins mount points with this process's own group path, per controller. */
    static CgroupMounts parse(List<String> mountInfo, List<String> selfCgroup) {
        Map<String, String> ownPaths = new HashMap<>();
        for (String line : selfCgroup) {
            String[] parts = line.split(":", 3);
            if (parts.length == 3) {
                for (String controller : parts[1].split(",")) {
                    ownPaths.put(controller, parts[2]);
                }
            }
        }
        Map<String, Path> v1 = new HashMap<>();
        Path v2 = null;
        for (String line : mountInfo) {
            Mount mount = Mount.parse(line);
            if (mount == null) {
                continue;
            }
            if (mount.type.equals("cgroup2")) {
                v2 = own(mount, ownPaths.get(""));
            } else if (mount.type.equals("cgroup")) {
                for (String option : mount.superOptions) {
                    if (ownPaths.containsKey(option)) {
                        v1.put(option, own(mount, ownPaths.get(option)));
                    }
                }
            }
        }
        return new CgroupMounts(v1, v2);
    }

    private static Path own(Mount mount, String ownPath) {
        if (ownPath == null) {
            return mount.point;
        }
        // the mount may expose only a subtree of the hierarchy
        String relative = ownPath.startsWith(mount.root) ? ownPath.substring(mount.root.length()) : ownPath;
        relative = relative.startsWith("/") ? relative.substring(1) : relative;
        return relative.isEmpty() ? mount.point : mount.point.resolve(relative);
    }

    boolean hasV1Controller(String controller) {
        return v1Groups.containsKey(controller);
    }

    /** @return this process's group directory in the v1 hierarchy of {@code controller}, or {@code null} */
    Path v1Group(String controller) {
        return v1Groups.get(controller);
    }

    /** @return this process's group directory in the v2 hierarchy, or {@code null} */
    Path v2Root() {
        return v2Group;
    }

    private record Mount(String root, Path point, String type, List<String> superOptions) {
        static Mount parse(String line) {
            int separator = line.indexOf(" - ");
            if (separator < 0) {
                return null;
            }
            String[] head = line.substring(0, separator).split(" ");
            String[] tail = line.substring(separator + 3).split(" ");
            if (head.length < 5 || tail.length < 3) {
                return null;
            }
            return new Mount(head[3], Path.of(head[4]), tail[0], List.of(tail[2].split(",")));
        }
    }
}
