package io.fusionize.lambda.runtime;

import io.fusionize.protocol.lambda.LambdaErrors;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Type;

/**
 * JSON binding through the function's own Jackson, reached reflectively so that this runtime
 * carries no JSON library and stream handlers pay nothing for it.
 */
final class JacksonBinding {

    private static final String MAPPER_CLASS = "com.fasterxml.jackson.databind.ObjectMapper";
    private static final String JAVA_TYPE_CLASS = "com.fasterxml.jackson.databind.JavaType";
    private static final String TYPE_FACTORY_CLASS = "com.fasterxml.jackson.databind.type.TypeFactory";

    private final Object mapper;
    private final MethodHandle constructType;
    private final MethodHandle readValue;
    private final MethodHandle writeValue;

    private JacksonBinding(Object mapper, MethodHandle constructType, MethodHandle readValue,
            MethodHandle writeValue) {
        this.mapper = mapper;
        this.constructType = constructType;
        this.readValue = readValue;
        this.writeValue = writeValue;
    }

    static JacksonBinding load(ClassLoader loader) throws HandlerInitException {
        try {
            Class<?> mapperClass = Class.forName(MAPPER_CLASS, true, loader);
            Class<?> javaType = Class.forName(JAVA_TYPE_CLASS, true, loader);
            Class<?> typeFactory = Class.forName(TYPE_FACTORY_CLASS, true, loader);
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            Object mapper = mapperClass.getConstructor().newInstance();
            Object factory = lookup.findVirtual(mapperClass, "getTypeFactory",
                    MethodType.methodType(typeFactory)).invoke(mapper);
            MethodHandle construct = lookup.findVirtual(typeFactory, "constructType",
                    MethodType.methodType(javaType, Type.class)).bindTo(factory);
            MethodHandle read = lookup.findVirtual(mapperClass, "readValue",
                    MethodType.methodType(Object.class, InputStream.class, javaType)).bindTo(mapper);
            MethodHandle write = lookup.findVirtual(mapperClass, "writeValue",
                    MethodType.methodType(void.class, OutputStream.class, Object.class)).bindTo(mapper);
            return new JacksonBinding(mapper, construct, read, write);
        } catch (Throwable e) {
            throw new HandlerInitException(LambdaErrors.INVALID_HANDLER,
                    "A RequestHandler or POJO handler method needs jackson-databind on the function's"
                            + " class path (lib/); use RequestStreamHandler otherwise", e);
        }
    }

    Object read(InputStream input, Type type) throws Exception {
        try {
            return readValue.invoke(input, constructType.invoke(type));
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    void write(Object value, OutputStream output) throws Exception {
        try {
            writeValue.invoke(output, value);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "JacksonBinding[" + mapper.getClass().getName() + "]";
    }
}
