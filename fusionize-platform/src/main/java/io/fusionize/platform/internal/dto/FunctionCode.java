package io.fusionize.platform.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code Code} of a CreateFunction request.
 *
 * @param zipFile the deployment package as zip bytes (base64 on the wire)
 * @param s3Bucket not supported by the local platform
 * @param s3Key not supported by the local platform
 * @param localPath local extension: a directory, jar or zip on the platform's machine
 */
public record FunctionCode(
        @JsonProperty("ZipFile") byte[] zipFile,
        @JsonProperty("S3Bucket") String s3Bucket,
        @JsonProperty("S3Key") String s3Key,
        @JsonProperty("LocalPath") String localPath) {
}
