package io.fusionize.testkit;

import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import io.fusionize.core.harness.TaskInterceptor;
import java.util.LinkedHashMap;
import java.util.Map;

/** The faults of one run, by task: each run gets fresh ones, so that counting faults start over. */
final class Faults implements TaskInterceptor {

    private final Map<String, Fault> byTask = new LinkedHashMap<>();

    private Faults(Map<String, FaultPlan> plans) {
        plans.forEach((task, plan) -> byTask.put(task, plan.make().get()));
    }

    /**
     * @param plans how to make each task's fault
     * @return the faults of one run
     */
    static Faults fresh(Map<String, FaultPlan> plans) {
        return new Faults(plans);
    }

    @Override
    public Object intercept(String task, Object input, TaskContext context, Task<Object, Object> proceed)
            throws Exception {
        Fault fault = byTask.get(task);
        return fault == null ? proceed.run(input, context) : fault.apply(task, input, context, proceed);
    }
}
