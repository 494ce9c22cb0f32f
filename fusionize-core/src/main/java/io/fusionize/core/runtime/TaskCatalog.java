package io.fusionize.core.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.fusionize.api.Application;
import io.fusionize.api.TaskDefinition;
import io.fusionize.core.wire.WireCodec;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * An application's tasks with their JSON readers: task inputs and call results are bound here,
 * always from serialized JSON, so no object is ever shared between caller and callee.
 */
final class TaskCatalog {

    private final Application application;
    private final ObjectMapper mapper = WireCodec.mapper();
    // input types are resolved by reflection once per task, on first use
    private final ConcurrentMap<String, ObjectReader> inputReaders = new ConcurrentHashMap<>();
    private final ConcurrentMap<Class<?>, ObjectReader> resultReaders = new ConcurrentHashMap<>();

    TaskCatalog(Application application) {
        this.application = Objects.requireNonNull(application, "application must not be null");
    }

    Application application() {
        return application;
    }

    TaskDefinition definition(String task) {
        return application.task(task).orElseThrow(() -> new IllegalArgumentException(
                "application " + application.name() + " has no task " + task));
    }

    Object bindInput(String task, byte[] inputJson) throws IOException {
        return inputReaders.computeIfAbsent(task, this::inputReader).readValue(inputJson);
    }

    @SuppressWarnings("unchecked") // the reader was built for resultType; primitives defeat Class.cast
    <R> R bindResult(String callee, byte[] resultJson, Class<R> resultType) {
        try {
            return (R) resultReaders.computeIfAbsent(resultType, mapper::readerFor).readValue(resultJson);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot bind the result of " + callee + " to "
                    + resultType.getName() + ": " + e.getMessage(), e);
        }
    }

    byte[] serialize(String what, Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot serialize " + what + " to JSON: " + e.getMessage(), e);
        }
    }

    private ObjectReader inputReader(String task) {
        return mapper.readerFor(InputTypes.resolve(definition(task), mapper.getTypeFactory()));
    }
}
