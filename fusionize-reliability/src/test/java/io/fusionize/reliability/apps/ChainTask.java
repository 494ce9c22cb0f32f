package io.fusionize.reliability.apps;

import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;

/** Passes its request on to {@code Hold} and answers with what {@code Hold} answered. */
public final class ChainTask implements Task<HoldRequest, String> {

    @Override
    public String run(HoldRequest request, TaskContext context) {
        return "chain: " + context.call("Hold", request, String.class);
    }
}
