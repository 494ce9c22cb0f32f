package io.fusionize.platform.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of UpdateFunctionCode.
 *
 * @param zipFile the new deployment package as zip bytes
 * @param localPath local extension: a directory, jar or zip on the platform's machine
 * @param publish whether to publish a version afterwards
 * @param revisionId if set, the update applies only if {@code $LATEST} still has this revision
 */
public record UpdateFunctionCodeRequest(
        @JsonProperty("ZipFile") byte[] zipFile,
        @JsonProperty("LocalPath") String localPath,
        @JsonProperty("Publish") Boolean publish,
        @JsonProperty("RevisionId") String revisionId) {
}
