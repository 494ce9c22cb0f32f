package io.fusionize.api;

import java.lang.reflect.Type;
import java.util.Objects;

/**
 * A task as registered in an application: its name, its code, its input type and the callees it
 * declares.
 *
 * @param name the task's unique name within its application
 * @param task the task's code
 * @param inputType the type the input is bound to; {@code null} lets the framework read it from
 *     the task class's {@code Task<I, O>} declaration
 * @param calls the callees the task declares
 */
public record TaskDefinition(String name, Task<?, ?> task, Type inputType, Calls calls) {

    /** Checks the definition's parts. */
    public TaskDefinition {
        Objects.requireNonNull(name, "task name must not be null");
        Objects.requireNonNull(task, "task must not be null");
        Objects.requireNonNull(calls, "calls must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("task name must not be blank");
        }
    }
}
