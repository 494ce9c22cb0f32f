package io.fusionize.core.runtime;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.fusionize.api.Task;
import io.fusionize.api.TaskDefinition;

/** Finds the type a task's input is bound to. */
final class InputTypes {

    private InputTypes() {
    }

    /**
     * @param definition a task definition
     * @param types the type factory to build Jackson types with
     * @return the declared input type, or the {@code I} of the task class's {@code Task<I, O>}
     * @throws IllegalStateException when the class does not say what {@code I} is, as with lambdas
     */
    static JavaType resolve(TaskDefinition definition, TypeFactory types) {
        if (definition.inputType() != null) {
            return types.constructType(definition.inputType());
        }
        Class<?> taskClass = definition.task().getClass();
        JavaType[] parameters = types.findTypeParameters(types.constructType(taskClass), Task.class);
        if (parameters.length != 2 || taskClass.isSynthetic()) {
            throw new IllegalStateException("cannot read the input type of task " + definition.name()
                    + " from " + taskClass.getName()
                    + "; implement Task<I, O> in a named class, or register the task with an explicit"
                    + " input type");
        }
        return parameters[0];
    }
}
