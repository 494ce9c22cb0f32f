package io.fusionize.optimizer.model;

import io.fusionize.core.setup.FunctionSpec;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The tasks a function runs: its entry task and everything its inline rules pull in. */
final class FunctionClosure {

    private FunctionClosure() {
    }

    static Set<String> tasks(FunctionSpec function, Map<String, TaskProfile> profiles) {
        Set<String> running = new LinkedHashSet<>();
        running.add(function.entry());
        Deque<String> pending = new ArrayDeque<>(running);
        while (!pending.isEmpty()) {
            TaskProfile profile = profiles.get(pending.poll());
            if (profile == null) {
                continue;
            }
            for (CallProfile call : profile.calls()) {
                if (function.runsInline(call.callee(), call.sync()) && running.add(call.callee())) {
                    pending.add(call.callee());
                }
            }
        }
        return running;
    }
}
