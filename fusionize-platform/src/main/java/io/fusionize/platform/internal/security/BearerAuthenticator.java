package io.fusionize.platform.internal.security;

import io.fusionize.protocol.lambda.LambdaApi;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/** Checks {@code Authorization: Bearer <token>} headers against the platform's token. */
public final class BearerAuthenticator {

    /** How a request's credentials compare with the token. */
    public enum Verdict {
        /** The header carries the token. */
        ACCEPTED,
        /** There is no bearer header (401). */
        MISSING,
        /** The header carries another token (403). */
        REJECTED
    }

    private final byte[] expected;

    /** @param token the platform's token */
    public BearerAuthenticator(String token) {
        this.expected = Objects.requireNonNull(token, "token must not be null").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param authorizationHeader the {@code Authorization} header, or {@code null}
     * @return the verdict
     */
    public Verdict check(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0,
                LambdaApi.BEARER_PREFIX, 0, LambdaApi.BEARER_PREFIX.length())) {
            return Verdict.MISSING;
        }
        byte[] presented = authorizationHeader.substring(LambdaApi.BEARER_PREFIX.length()).trim()
                .getBytes(StandardCharsets.UTF_8);
        // constant-time comparison, so timing reveals nothing about the token
        return MessageDigest.isEqual(expected, presented) ? Verdict.ACCEPTED : Verdict.REJECTED;
    }
}
