package io.fusionize.platform.internal.instance;

import io.fusionize.platform.internal.state.FunctionVersion;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/** The instances of one version snapshot. Guarded by the manager's lock. */
final class InstancePool {

    final FunctionVersion version;
    /** Idle instances, most recently used first, so the rest age out of the keep-alive. */
    final Deque<Instance> idle = new ArrayDeque<>();
    final Set<Instance> members = new HashSet<>();

    InstancePool(FunctionVersion version) {
        this.version = version;
    }
}
