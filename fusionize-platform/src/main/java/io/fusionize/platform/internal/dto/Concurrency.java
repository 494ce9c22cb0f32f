package io.fusionize.platform.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A function's reserved concurrency (PutFunctionConcurrency body and answer).
 *
 * @param reservedConcurrentExecutions the most invocations of the function that may run at once
 */
public record Concurrency(@JsonProperty("ReservedConcurrentExecutions") Integer reservedConcurrentExecutions) {
}
