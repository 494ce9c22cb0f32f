package io.fusionize.platform.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of PublishVersion.
 *
 * @param codeSha256 if set, publish only if {@code $LATEST} still has this code
 * @param description the version's description
 * @param revisionId if set, publish only if {@code $LATEST} still has this revision
 */
public record PublishVersionRequest(
        @JsonProperty("CodeSha256") String codeSha256,
        @JsonProperty("Description") String description,
        @JsonProperty("RevisionId") String revisionId) {
}
