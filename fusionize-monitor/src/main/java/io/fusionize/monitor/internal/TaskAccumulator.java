package io.fusionize.monitor.internal;

import io.fusionize.monitor.TaskStatistics;

/** Folds the executions of one task within one function into its statistics. */
final class TaskAccumulator {

    private final String task;
    private final DoubleList wallMicros = new DoubleList();
    private final DoubleList cpuMicros = new DoubleList();
    private long executions;

    TaskAccumulator(String task) {
        this.task = task;
    }

    void add(Long wall, Long cpu) {
        executions++;
        if (wall != null) {
            wallMicros.add(wall);
        }
        if (cpu != null) {
            cpuMicros.add(cpu);
        }
    }

    TaskStatistics toStatistics() {
        return new TaskStatistics(task, executions, Summaries.median(wallMicros.toArray()),
                Summaries.median(cpuMicros.toArray()));
    }
}
