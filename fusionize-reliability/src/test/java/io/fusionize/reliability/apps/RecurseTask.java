package io.fusionize.reliability.apps;

import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;

/** Calls itself without end, or starts {@code Echo}'s endless async loop. */
public final class RecurseTask implements Task<LoopRequest, Integer> {

    @Override
    public Integer run(LoopRequest request, TaskContext context) {
        LoopRequest next = new LoopRequest(request.dir(), request.async(), request.hop() + 1);
        if (request.async()) {
            context.send("Echo", next);
            return 0;
        }
        return 1 + context.call("Recurse", next, Integer.class);
    }
}
