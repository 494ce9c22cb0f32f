package io.fusionize.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.platform.internal.dto.Concurrency;
import io.fusionize.platform.support.Events;
import io.fusionize.platform.support.PlatformFixture;
import io.fusionize.platform.support.SdkClients;
import io.fusionize.protocol.lambda.LambdaErrors;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

/** N concurrent invocations start N instances, up to the limit; one more is throttled with 429. */
class ConcurrencyTests {

    private static final int LIMIT = 3;
    private static final byte[] SLOW = Events.bytes("{\"action\":\"sleep\",\"ms\":2500}");

    @RegisterExtension
    static final PlatformFixture fixture = new PlatformFixture(
            PlatformSettings.defaults().toBuilder().globalConcurrency(5).build());

    @Test
    void concurrentInvokesScaleOutToTheFunctionLimitThenThrottle() throws Exception {
        LocalPlatform platform = fixture.platform();
        fixture.create("parallel", 256, 10);
        platform.aliases().putConcurrency("parallel", new Concurrency(LIMIT));

        List<CompletableFuture<InvokeResult>> running = IntStream.range(0, LIMIT)
                .mapToObj(i -> platform.invoke(InvokeRequest.sync("parallel", SLOW))).toList();
        try (LambdaClient lambda = SdkClients.lambda(platform, platform.token())) {
            assertThatThrownBy(() -> lambda.invoke(b -> b.functionName("parallel")
                    .payload(SdkBytes.fromByteArray(SLOW))))
                    .isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(429);
                        assertThat(e.reason()).hasToString("ReservedFunctionConcurrentInvocationLimitExceeded");
                    });
        }

        List<String> pids = running.stream().map(f -> f.join()).map(r -> Events.pid(r.body())).distinct().toList();
        assertThat(pids).hasSize(LIMIT);
        assertThat(platform.liveInstances("parallel")).isEqualTo(LIMIT);
        assertThat(fixture.reports().all()).anySatisfy(report -> {
            assertThat(report.functionName()).isEqualTo("parallel");
            assertThat(report.outcome()).isEqualTo("Throttled");
        });
    }

    @Test
    void platformWideLimitThrottlesAcrossFunctions() throws Exception {
        LocalPlatform platform = fixture.platform();
        fixture.create("left", 256, 10);
        fixture.create("right", 256, 10);

        List<CompletableFuture<InvokeResult>> running = List.of(
                platform.invoke(InvokeRequest.sync("left", SLOW)), platform.invoke(InvokeRequest.sync("left", SLOW)),
                platform.invoke(InvokeRequest.sync("right", SLOW)), platform.invoke(InvokeRequest.sync("right", SLOW)),
                platform.invoke(InvokeRequest.sync("right", SLOW)));
        CompletableFuture<InvokeResult> sixth = platform.invoke(InvokeRequest.sync("left", SLOW));

        assertThatThrownBy(() -> sixth.get(10, TimeUnit.SECONDS)).cause()
                .isInstanceOfSatisfying(ThrottledException.class,
                        e -> assertThat(e.reason()).isEqualTo(LambdaErrors.REASON_ACCOUNT_CONCURRENCY))
                .hasMessageContaining("5 concurrent executions");
        running.forEach(CompletableFuture::join);
    }
}
