package io.fusionize.platform.support;

import io.fusionize.platform.LocalPlatform;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** AWS SDK v2 Lambda clients pointed at a local platform, as a deployer would build them. */
public final class SdkClients {

    private SdkClients() {
    }

    /**
     * @param platform the platform
     * @param token the bearer token to send, or {@code null} for none
     * @return a client without retries, so every answer is seen as it is
     */
    public static LambdaClient lambda(LocalPlatform platform, String token) {
        return lambda(platform.uri(), token);
    }

    /**
     * @param endpoint the platform's base URI
     * @param token the bearer token to send, or {@code null} for none
     * @return a client without retries, so every answer is seen as it is
     */
    public static LambdaClient lambda(URI endpoint, String token) {
        return LambdaClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(config -> {
                    config.retryStrategy(AwsRetryStrategy.doNotRetry());
                    if (token != null) {
                        config.addExecutionInterceptor(new BearerTokenInterceptor(token));
                    }
                })
                .build();
    }
}
