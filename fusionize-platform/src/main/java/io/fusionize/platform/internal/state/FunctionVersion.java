package io.fusionize.platform.internal.state;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.fusionize.protocol.lambda.LambdaApi;
import java.util.Objects;

/**
 * An immutable snapshot of one function version: what an instance runs. {@code $LATEST} gets a new
 * snapshot, with a new revision id, on every change.
 *
 * @param functionName the function
 * @param version {@code $LATEST} or the version number
 * @param settings the configuration
 * @param codeSha256 base64 SHA-256 of the code, which also names its directory in the code store
 * @param codeSize the code's size in bytes
 * @param revisionId unique per snapshot; instances are pooled by it
 * @param lastModified when the snapshot was made, in Lambda's format
 */
public record FunctionVersion(String functionName, String version, FunctionSettings settings,
        String codeSha256, long codeSize, String revisionId, String lastModified) {

    /** @throws NullPointerException if a value is missing */
    public FunctionVersion {
        Objects.requireNonNull(functionName, "functionName must not be null");
        Objects.requireNonNull(version, "version must not be null");
        Objects.requireNonNull(settings, "settings must not be null");
        Objects.requireNonNull(codeSha256, "codeSha256 must not be null");
        Objects.requireNonNull(revisionId, "revisionId must not be null");
    }

    /** @return whether this is the unpublished version */
    @JsonIgnore
    public boolean isLatest() {
        return LambdaApi.LATEST.equals(version);
    }

    /**
     * @param other another snapshot
     * @return whether both have the same code and configuration, so publishing would change nothing
     */
    public boolean sameContentAs(FunctionVersion other) {
        return codeSha256.equals(other.codeSha256) && settings.equals(other.settings);
    }
}
