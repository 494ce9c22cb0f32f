package io.fusionize.lambda.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.fusionize.protocol.lambda.LambdaErrors;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a {@link HandlerReference} into an {@link InvocationHandler}.
 *
 * <p>Supported forms: a {@link RequestStreamHandler}; a {@link RequestHandler} or a
 * {@code ::method} taking {@code (input[, Context])}, both bound through Jackson, which must then
 * be on the function's class path; and a {@code ::method} taking
 * {@code (InputStream, OutputStream[, Context])}.
 */
public final class HandlerLoader {

    private static final String HANDLE_REQUEST = "handleRequest";

    private final ClassLoader classLoader;

    /** @param classLoader the loader that sees the function's code */
    public HandlerLoader(ClassLoader classLoader) {
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader must not be null");
    }

    /**
     * Loads, constructs and adapts the handler; this runs the handler's initialization code.
     *
     * @param reference the handler to load
     * @return the handler in stream form
     * @throws HandlerInitException if the class is missing, unusable, or its initialization throws
     */
    public InvocationHandler load(HandlerReference reference) throws HandlerInitException {
        Class<?> type = loadClass(reference.className());
        if (reference.methodName() == null) {
            return adaptInterface(type, construct(type));
        }
        Method method = findMethod(type, reference.methodName());
        Object target = Modifier.isStatic(method.getModifiers()) ? null : construct(type);
        return adaptMethod(method, target);
    }

    private Class<?> loadClass(String className) throws HandlerInitException {
        try {
            return Class.forName(className, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new HandlerInitException(LambdaErrors.CLASS_NOT_FOUND,
                    "Class not found: " + className, e);
        }
    }

    private static Object construct(Class<?> type) throws HandlerInitException {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new HandlerInitException(LambdaErrors.INVALID_HANDLER,
                    "Handler class " + type.getName() + " needs a public no-argument constructor", e);
        } catch (InvocationTargetException | ExceptionInInitializerError e) {
            throw initFailure(type, e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw initFailure(type, e);
        }
    }

    private static HandlerInitException initFailure(Class<?> type, Throwable cause) {
        if (cause == null) {
            return new HandlerInitException(LambdaErrors.INIT_FAILED,
                    "Could not construct handler " + type.getName(), null);
        }
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        return new HandlerInitException(cause.getClass().getName(), message, cause);
    }

    private InvocationHandler adaptInterface(Class<?> type, Object instance) throws HandlerInitException {
        if (instance instanceof RequestStreamHandler streamHandler) {
            return streamHandler::handleRequest;
        }
        if (instance instanceof RequestHandler<?, ?>) {
            return adaptMethod(findRequestHandlerMethod(type), instance);
        }
        throw new HandlerInitException(LambdaErrors.INVALID_HANDLER, "Handler class "
                + type.getName() + " implements neither RequestStreamHandler nor RequestHandler", null);
    }

    private static Method findRequestHandlerMethod(Class<?> type) throws HandlerInitException {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(HANDLE_REQUEST) && !m.isBridge() && m.getParameterCount() == 2)
                .findFirst()
                .orElseThrow(() -> new HandlerInitException(LambdaErrors.INVALID_HANDLER,
                        "No handleRequest method on " + type.getName(), null));
    }

    private static Method findMethod(Class<?> type, String name) throws HandlerInitException {
        Optional<Method> found = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && !m.isBridge())
                .filter(m -> m.getParameterCount() >= 1 && m.getParameterCount() <= 3)
                .max((a, b) -> Integer.compare(a.getParameterCount(), b.getParameterCount()));
        return found.orElseThrow(() -> new HandlerInitException(LambdaErrors.INVALID_HANDLER,
                "No public method " + name + " with 1 to 3 parameters on " + type.getName(), null));
    }

    private InvocationHandler adaptMethod(Method method, Object target) throws HandlerInitException {
        Class<?>[] parameters = method.getParameterTypes();
        if (isStreamSignature(parameters)) {
            return (input, output, context) -> invoke(method, target,
                    parameters.length == 3 ? new Object[] {input, output, context} : new Object[] {input, output});
        }
        return new JsonMethodHandler(method, target, JacksonBinding.load(classLoader));
    }

    private static boolean isStreamSignature(Class<?>[] parameters) {
        return parameters.length >= 2 && parameters[0] == InputStream.class
                && parameters[1] == OutputStream.class
                && (parameters.length == 2 || parameters[2] == Context.class);
    }

    static Object invoke(Method method, Object target, Object[] arguments) throws Exception {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
