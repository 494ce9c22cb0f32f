package io.fusionize.examples.tree;

import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import io.fusionize.examples.work.CpuWorkers;
import java.util.List;
import java.util.Objects;

/** C, F and G: sends its asynchronous callees, if any, then runs two parallel CPU workers. */
public final class WorkingFanOut implements Task<TreeRequest, CpuWork> {

    private final List<String> asyncCallees;

    /** @param asyncCallees the tasks sent before the work; empty for a leaf */
    public WorkingFanOut(List<String> asyncCallees) {
        this.asyncCallees = List.copyOf(Objects.requireNonNull(asyncCallees, "async callees must not be null"));
    }

    /**
     * Fans out, then works.
     *
     * @param request the request, passed on unchanged
     * @param context used to send the callees
     * @return the workers' checksum
     * @throws InterruptedException when interrupted while the workers run
     */
    @Override
    public CpuWork run(TreeRequest request, TaskContext context) throws InterruptedException {
        for (String callee : asyncCallees) {
            context.send(callee, request);
        }
        return new CpuWork(CpuWorkers.runEvaluationWork());
    }
}
