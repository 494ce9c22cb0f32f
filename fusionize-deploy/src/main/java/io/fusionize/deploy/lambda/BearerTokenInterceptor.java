package io.fusionize.deploy.lambda;

import java.util.Objects;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Replaces the SDK's request signature with {@code Authorization: Bearer TOKEN}, which is how the
 * local platform authenticates control-plane calls.
 */
public final class BearerTokenInterceptor implements ExecutionInterceptor {

    private final String token;

    /**
     * @param token the platform's bearer token
     */
    public BearerTokenInterceptor(String token) {
        this.token = Objects.requireNonNull(token, "token must not be null");
    }

    /** Sets the bearer header on the outgoing HTTP request. */
    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context,
            ExecutionAttributes executionAttributes) {
        return context.httpRequest().toBuilder()
                .putHeader("Authorization", "Bearer " + token)
                .build();
    }
}
