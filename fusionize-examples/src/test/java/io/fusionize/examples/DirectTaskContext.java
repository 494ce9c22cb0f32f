package io.fusionize.examples;

import io.fusionize.api.Application;
import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import io.fusionize.api.TaskDefinition;
import io.fusionize.api.TaskFailedException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Runs an application's tasks by plain method calls, without the fusion runtime, and logs every
 * call so that tests can check the call graph the tasks really use.
 */
public final class DirectTaskContext implements TaskContext {

    /** One call a task made. */
    public record Call(String caller, String callee, boolean sync) {
    }

    private final Application application;
    private final String taskName;
    private final List<Call> calls;

    private DirectTaskContext(Application application, String taskName, List<Call> calls) {
        this.application = application;
        this.taskName = taskName;
        this.calls = calls;
    }

    /** @return a context for the application's entry task */
    public static DirectTaskContext forEntry(Application application) {
        String entry = application.entryTasks().iterator().next();
        return new DirectTaskContext(application, entry, new CopyOnWriteArrayList<>());
    }

    /** Runs the entry task with this context. */
    public <R> R runEntry(Object input, Class<R> resultType) {
        return resultType.cast(runTask(taskName, input));
    }

    /** @return every call made so far, by every task */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    @Override
    public <R> R call(String task, Object input, Class<R> resultType) {
        requireDeclared(task, true);
        calls.add(new Call(taskName, task, true));
        return resultType.cast(new DirectTaskContext(application, task, calls).runTask(task, input));
    }

    @Override
    public <R> CompletableFuture<R> callConcurrently(String task, Object input, Class<R> resultType) {
        return CompletableFuture.supplyAsync(() -> call(task, input, resultType));
    }

    @Override
    public void send(String task, Object input) {
        requireDeclared(task, false);
        calls.add(new Call(taskName, task, false));
        new DirectTaskContext(application, task, calls).runTask(task, input);
    }

    @Override
    public String traceId() {
        return "trace";
    }

    @Override
    public String invocationId() {
        return "invocation";
    }

    @Override
    public String taskName() {
        return taskName;
    }

    @Override
    public long remainingTimeMillis() {
        return 60_000;
    }

    @Override
    public int memoryMb() {
        return 1024;
    }

    @Override
    public System.Logger logger() {
        return System.getLogger(taskName);
    }

    @SuppressWarnings("unchecked")
    private Object runTask(String task, Object input) {
        TaskDefinition definition = application.task(task).orElseThrow();
        try {
            return ((Task<Object, Object>) definition.task()).run(input, this);
        } catch (TaskFailedException e) {
            throw e;
        } catch (Exception e) {
            throw new TaskFailedException(task, e.getClass().getName(), e.getMessage());
        }
    }

    private void requireDeclared(String callee, boolean sync) {
        TaskDefinition caller = application.task(taskName).orElseThrow();
        var declared = sync ? caller.calls().syncCallees() : caller.calls().asyncCallees();
        if (!declared.contains(callee)) {
            throw new IllegalStateException(taskName + " did not declare " + (sync ? "sync" : "async")
                    + " callee " + callee);
        }
    }
}
