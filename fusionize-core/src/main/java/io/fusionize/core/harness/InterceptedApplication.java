package io.fusionize.core.harness;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.fusionize.api.Application;
import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import io.fusionize.api.TaskDefinition;
import io.fusionize.core.wire.WireCodec;
import java.lang.reflect.Type;

/** An application whose every task runs through a {@link TaskInterceptor}. */
final class InterceptedApplication {

    private InterceptedApplication() {
    }

    /**
     * @param application the application
     * @param interceptor the code to run in place of each task
     * @return the same application, by name, calls, entries and requests, with each task intercepted
     * @throws IllegalStateException when a task's input type cannot be read from its class
     */
    static Application of(Application application, TaskInterceptor interceptor) {
        Application.Builder builder = Application.builder(application.name());
        for (TaskDefinition definition : application.tasks().values()) {
            Task<?, ?> intercepted = new Intercepted(definition.name(), task(definition), interceptor);
            if (application.entryTasks().contains(definition.name())) {
                builder.entry(definition.name(), inputType(definition), intercepted, definition.calls());
            } else {
                builder.task(definition.name(), inputType(definition), intercepted, definition.calls());
            }
        }
        if (application.hasOwnRequests()) {
            builder.requests(application.requests());
        }
        return builder.build();
    }

    @SuppressWarnings("unchecked") // the runtime binds the input to the type the task declares
    private static Task<Object, Object> task(TaskDefinition definition) {
        return (Task<Object, Object>) definition.task();
    }

    /** The type the runtime would bind the input to; the wrapper hides the task's class, so it is fixed here. */
    private static Type inputType(TaskDefinition definition) {
        if (definition.inputType() != null) {
            return definition.inputType();
        }
        TypeFactory types = WireCodec.mapper().getTypeFactory();
        Class<?> taskClass = definition.task().getClass();
        JavaType[] parameters = types.findTypeParameters(types.constructType(taskClass), Task.class);
        if (parameters.length != 2 || taskClass.isSynthetic()) {
            throw new IllegalStateException("cannot intercept task " + definition.name() + ": its input type cannot"
                    + " be read from " + taskClass.getName() + "; register it with an explicit input type");
        }
        return parameters[0];
    }

    /** One task's code, run through the interceptor. */
    private record Intercepted(String name, Task<Object, Object> code, TaskInterceptor interceptor)
            implements Task<Object, Object> {

        @Override
        public Object run(Object input, TaskContext context) throws Exception {
            return interceptor.intercept(name, input, context, code);
        }
    }
}
