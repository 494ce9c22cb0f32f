package io.fusionize.platform.support;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/** Adds the platform's bearer token to every AWS SDK request, which is otherwise unsigned. */
public final class BearerTokenInterceptor implements ExecutionInterceptor {

    private final String token;

    /** @param token the platform's token */
    public BearerTokenInterceptor(String token) {
        this.token = token;
    }

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        return context.httpRequest().toBuilder().putHeader("Authorization", "Bearer " + token).build();
    }
}
