package io.fusionize.reliability.support;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Kills a process with all of its descendants, and orphans left behind by a killed one. */
public final class ProcessTree {

    private ProcessTree() {
    }

    /**
     * Kills the process and every descendant with SIGKILL and waits up to 30 s for each.
     *
     * @param root the process
     */
    public static void killAll(ProcessHandle root) {
        // descendants first: once the root is gone, its children are re-parented and no longer found
        List<ProcessHandle> tree = root.descendants().toList();
        root.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
        waitFor(root);
        tree.forEach(ProcessTree::waitFor);
    }

    /**
     * Kills the given processes, e.g. the instance processes of a platform that was killed.
     *
     * @param handles the processes
     */
    public static void killAll(List<ProcessHandle> handles) {
        handles.forEach(ProcessTree::killAll);
    }

    private static void waitFor(ProcessHandle handle) {
        try {
            handle.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // a process that does not exit within 30 s after SIGKILL is left to the operating system
        }
    }
}
