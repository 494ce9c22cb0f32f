package io.fusionize.lambda.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import io.fusionize.protocol.lambda.LambdaErrors;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Type;

/** Calls a {@code (input[, Context])} handler method, binding input and result as JSON. */
final class JsonMethodHandler implements InvocationHandler {

    private final Method method;
    private final Object target;
    private final JacksonBinding binding;
    private final Type inputType;
    private final boolean takesContext;

    JsonMethodHandler(Method method, Object target, JacksonBinding binding) throws HandlerInitException {
        Class<?>[] parameters = method.getParameterTypes();
        boolean validShape = parameters.length == 1
                || (parameters.length == 2 && parameters[1] == Context.class);
        if (!validShape) {
            throw new HandlerInitException(LambdaErrors.INVALID_HANDLER, "Handler method "
                    + method.getName() + " must take (input) or (input, Context)", null);
        }
        this.method = method;
        this.target = target;
        this.binding = binding;
        this.inputType = method.getGenericParameterTypes()[0];
        this.takesContext = parameters.length == 2;
    }

    @Override
    public void handle(InputStream input, OutputStream output, Context context) throws Exception {
        Object event = binding.read(input, inputType);
        Object[] arguments = takesContext ? new Object[] {event, context} : new Object[] {event};
        Object result = HandlerLoader.invoke(method, target, arguments);
        if (method.getReturnType() != void.class) {
            binding.write(result, output);
        }
    }
}
