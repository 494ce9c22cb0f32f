package io.fusionize.protocol.fusion;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The part of an {@link InvocationRecord} that says which trace and setup version it belongs to.
 * Readers that need only that bind this view, so that they also accept a record whose other
 * fields are missing or from a newer runtime.
 *
 * @param traceId the trace shared by every invocation of one root request, or {@code null}
 * @param setupVersion the setup version the invocation ran under
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecordTrace(String traceId, int setupVersion) {
}
