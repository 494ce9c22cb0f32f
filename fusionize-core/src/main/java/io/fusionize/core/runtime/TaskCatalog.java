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
        // no capturing lambda: this runs for every task execution
        TaskDefinition definition = application.task(task).orElse(null);
        if (definition == null) {
            throw new IllegalArgumentException("application " + application.name() + " has no task " + task);
        }
        return definition;
    }

    Object bindInput(String task, byte[] inputJson) throws IOException {
        // a plain lookup first: computeIfAbsent would allocate its function on every call
        ObjectReader reader = inputReaders.get(task);
        if (reader == null) {
            reader = inputReaders.computeIfAbsent(task, this::inputReader);
        }
        return reader.readValue(inputJson);
    }

    @SuppressWarnings("unchecked") // the reader was built for resultType; primitives defeat Class.cast
    <R> R bindResult(String callee, byte[] resultJson, Class<R> resultType) {
        ObjectReader reader = resultReaders.get(resultType);
        if (reader == null) {
            reader = resultReaders.computeIfAbsent(resultType, mapper::readerFor);
        }
        try {
            return (R) reader.readValue(resultJson);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot bind the result of " + callee + " to "
                    + resultType.getName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param callee the task the input is for
     * @param input a call's input
     * @return the input as JSON
     * @throws IllegalArgumentException when it cannot be serialized
     */
    byte[] serializeInput(String callee, Object input) {
        return serialize(input, "the input of task ", callee);
    }

    /**
     * @param task the task that returned the result
     * @param result its result
     * @return the result as JSON
     * @throws IllegalArgumentException when it cannot be serialized
     */
    byte[] serializeResult(String task, Object result) {
        return serialize(result, "the result of task ", task);
    }

    private byte[] serialize(Object value, String what, String task) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            // the message is built only here, so that the hot path never concatenates it
            throw new IllegalArgumentException("cannot serialize " + what + task + " to JSON: " + e.getMessage(), e);
        }
    }

    private ObjectReader inputReader(String task) {
        return mapper.readerFor(InputTypes.resolve(definition(task), mapper.getTypeFactory()));
    }
}
