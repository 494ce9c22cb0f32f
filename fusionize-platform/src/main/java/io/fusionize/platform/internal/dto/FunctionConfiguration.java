package io.fusionize.platform.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A function version's configuration, as Lambda returns it.
 *
 * @param functionName the name
 * @param functionArn the ARN, qualified for published versions
 * @param runtime the runtime
 * @param role the role (always a placeholder here)
 * @param handler the handler
 * @param codeSize the deployment package's size in bytes
 * @param description the description
 * @param timeout the timeout in seconds
 * @param memorySize the memory size in MB
 * @param lastModified when it last changed, ISO-8601
 * @param codeSha256 base64 SHA-256 of the deployment package
 * @param version {@code $LATEST} or the version number
 * @param environment the environment
 * @param revisionId changes with every update
 * @param state always {@code Active}: changes apply synchronously
 * @param lastUpdateStatus always {@code Successful}
 * @param packageType always {@code Zip}
 * @param architectures always {@code x86_64}
 */
public record FunctionConfiguration(
        @JsonProperty("FunctionName") String functionName,
        @JsonProperty("FunctionArn") String functionArn,
        @JsonProperty("Runtime") String runtime,
        @JsonProperty("Role") String role,
        @JsonProperty("Handler") String handler,
        @JsonProperty("CodeSize") long codeSize,
        @JsonProperty("Description") String description,
        @JsonProperty("Timeout") int timeout,
        @JsonProperty("MemorySize") int memorySize,
        @JsonProperty("LastModified") String lastModified,
        @JsonProperty("CodeSha256") String codeSha256,
        @JsonProperty("Version") String version,
        @JsonProperty("Environment") Environment environment,
        @JsonProperty("RevisionId") String revisionId,
        @JsonProperty("State") String state,
        @JsonProperty("LastUpdateStatus") String lastUpdateStatus,
        @JsonProperty("PackageType") String packageType,
        @JsonProperty("Architectures") List<String> architectures) {
}
