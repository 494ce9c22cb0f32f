package io.fusionize.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.fusionize.api.TaskFailedException;
import io.fusionize.core.wire.WireCodec;
import io.fusionize.protocol.lambda.LambdaErrors;
import java.util.Objects;

/**
 * One request run under one setup, after all its async work ended: its result or failure, and
 * every invocation record it left.
 */
public final class KitRun {

    private final NamedSetup setup;
    private final String entry;
    private final JsonNode payload;
    private final JsonNode result;
    private final TaskFailedException failure;
    private final RecordsView records;

    KitRun(NamedSetup setup, String entry, JsonNode payload, JsonNode result, TaskFailedException failure,
            RecordsView records) {
        this.setup = Objects.requireNonNull(setup, "setup must not be null");
        this.entry = Objects.requireNonNull(entry, "entry must not be null");
        this.payload = Objects.requireNonNull(payload, "payload must not be null");
        this.result = result;
        this.failure = failure;
        this.records = Objects.requireNonNull(records, "records must not be null");
    }

    /** @return the setup the request ran under */
    public NamedSetup setup() {
        return setup;
    }

    /** @return the entry task the request went to */
    public String entry() {
        return entry;
    }

    /** @return the request's payload */
    public JsonNode payload() {
        return payload;
    }

    /** @return whether the entry task returned a result */
    public boolean succeeded() {
        return failure == null;
    }

    /** @return whether the request failed because an invocation ran out of time */
    public boolean timedOut() {
        return failure != null && LambdaErrors.TIMEOUT.equals(failure.errorType());
    }

    /**
     * @return the entry task's result as JSON ({@code NullNode} for none)
     * @throws AssertionError when the request failed, with the failure and the records
     */
    public JsonNode result() {
        if (failure != null) {
            throw new AssertionError("expected a result, but " + this + "\nrecords:\n" + records, failure);
        }
        return result;
    }

    /**
     * @param type the type to bind the result to
     * @param <T> the result type
     * @return the entry task's result
     * @throws AssertionError when the request failed
     */
    public <T> T result(Class<T> type) {
        Objects.requireNonNull(type, "type must not be null");
        return WireCodec.mapper().convertValue(result(), type);
    }

    /**
     * @return the failure the request's client saw: the entry task, the error type (an exception
     *     class name, or {@code Sandbox.Timedout}) and the message
     * @throws AssertionError when the request succeeded
     */
    public TaskFailedException failure() {
        if (failure == null) {
            throw new AssertionError("expected a failure, but " + this);
        }
        return failure;
    }

    /** @return the records of every invocation the request made */
    public RecordsView records() {
        return records;
    }

    /** @return {@code result JSON}, or {@code failure TASK failed with TYPE: MESSAGE} */
    public String outcome() {
        return failure == null ? "result " + result : "failure " + failure.getMessage();
    }

    /** @return the request, the setup and the outcome on one line */
    @Override
    public String toString() {
        return entry + " " + payload + " under " + setup + " gave " + outcome();
    }

    /** @return whether another run ended the same way: an equal result, or the same failure */
    boolean sameOutcomeAs(KitRun other) {
        if (failure == null || other.failure == null) {
            return failure == other.failure && result.equals(other.result);
        }
        return failure.task().equals(other.failure.task()) && failure.errorType().equals(other.failure.errorType())
                && Objects.equals(failure.errorMessage(), other.failure.errorMessage());
    }
}
