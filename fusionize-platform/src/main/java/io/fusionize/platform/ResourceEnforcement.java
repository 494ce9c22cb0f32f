package io.fusionize.platform;

import java.util.List;

/**
 * Which resource limits the kernel enforces on instances, and why not where it does not.
 *
 * @param cpuEnforced whether CPU quotas are enforced
 * @param memoryEnforced whether hard memory limits are enforced
 * @param mechanism {@code cgroup v1}, {@code cgroup v2} or {@code none}
 * @param notes why a limit is not enforced, one sentence each
 */
public record ResourceEnforcement(boolean cpuEnforced, boolean memoryEnforced, String mechanism, List<String> notes) {

    /** Copies the notes. */
    public ResourceEnforcement {
        notes = List.copyOf(notes);
    }

    /** @return one line for start-up messages */
    public String describe() {
        String summary = "CPU quota " + (cpuEnforced ? "enforced" : "NOT enforced") + ", memory limit "
                + (memoryEnforced ? "enforced" : "NOT enforced") + " (" + mechanism + ")";
        return notes.isEmpty() ? summary : summary + ": " + String.join(" ", notes);
    }
}
