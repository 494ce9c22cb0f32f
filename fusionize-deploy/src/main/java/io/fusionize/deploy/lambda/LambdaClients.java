package io.fusionize.deploy.lambda;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** Builds {@link LambdaClient}s for the local platform or for AWS Lambda. */
public final class LambdaClients {

    /** The region the SDK insists on; the local platform ignores it. */
    public static final Region LOCAL_REGION = Region.US_EAST_1;

    private static final Duration CALL_TIMEOUT = Duration.ofMinutes(16);

    private LambdaClients() {
    }

    /**
     * A client for a Lambda-compatible endpoint that authenticates with a bearer token.
     *
     * @param endpoint the platform's base URL, e.g. {@code http://127.0.0.1:9000}
     * @param token the bearer token, or {@code null} when the endpoint is open
     * @return a client; close it when done
     */
    public static LambdaClient forLocalPlatform(URI endpoint, String token) {
        Objects.requireNonNull(endpoint, "endpoint must not be null");
        ClientOverrideConfiguration.Builder overrides = ClientOverrideConfiguration.builder()
                .retryStrategy(RetryMode.STANDARD)
                // A sync invoke may legitimately run up to Lambda's 15-minute limit.
                .apiCallAttemptTimeout(CALL_TIMEOUT);
        if (token != null) {
            overrides.addExecutionInterceptor(new BearerTokenInterceptor(token));
        }
        return LambdaClient.builder()
                .endpointOverride(endpoint)
                .region(LOCAL_REGION)
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .httpClient(httpClient())
                .overrideConfiguration(overrides.build())
                .build();
    }

    /**
     * A client for AWS Lambda with the default credentials chain.
     *
     * @param region the AWS region
     * @return a client; close it when done
     */
    public static LambdaClient forAws(Region region) {
        return LambdaClient.builder()
                .region(Objects.requireNonNull(region, "region must not be null"))
                .httpClient(httpClient())
                .build();
    }

    private static software.amazon.awssdk.http.SdkHttpClient httpClient() {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(5))
                .socketTimeout(CALL_TIMEOUT)
                .build();
    }
}
