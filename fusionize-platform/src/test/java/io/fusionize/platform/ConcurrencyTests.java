package io.fusionize.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.platform.internal.dto.Concurrency;
import io.fusionize.platform.support.Events;
import io.fusionize.platform.support.PlatformFixture;
import io.fusionize.platform.support.SdkClients;
import io.fusionize.protocol.lambda.LambdaErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

/** N concurrent invocations start N instances, up to the limit; one more is throttled with 429. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ConcurrencyTests {

    private static final int LIMIT = 3;

    @RegisterExtension
    static final PlatformFixture fixture = new PlatformFixture(
            PlatformSettings.defaults().toBuilder().globalConcurrency(5).build());

    @Test
    void concurrentInvokesScaleOutToTheFunctionLimitThenThrottle() throws Exception {
        LocalPlatform platform = fixture.platform();
        fixture.create("parallel", 256, 60);
        platform.aliases().putConcurrency("parallel", new Concurrency(LIMIT));
        Path release = fixture.directory().resolve("release-parallel");
        byte[] held = Events.hold(release);

        // the held invocations run until the throttle was seen, however long that takes
        List<CompletableFuture<InvokeResult>> running = IntStream.range(0, LIMIT)
                .mapToObj(i -> platform.invoke(InvokeRequest.sync("parallel", held))).toList();
        try (LambdaClient lambda = SdkClients.lambda(platform, platform.token())) {
            assertThatThrownBy(() -> lambda.invoke(b -> b.functionName("parallel")
                    .payload(SdkBytes.fromByteArray(held))))
                    .isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(429);
                        assertThat(e.reason()).hasToString("ReservedFunctionConcurrentInvocationLimitExceeded");
                    });
        } finally {
            release(release);
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
        fixture.create("left", 256, 60);
        fixture.create("right", 256, 60);
        Path release = fixture.directory().resolve("release-left-right");
        byte[] held = Events.hold(release);

        List<CompletableFuture<InvokeResult>> running = List.of(
                platform.invoke(InvokeRequest.sync("left", held)), platform.invoke(InvokeRequest.sync("left", held)),
                platform.invoke(InvokeRequest.sync("right", held)), platform.invoke(InvokeRequest.sync("right", held)),
                platform.invoke(InvokeRequest.sync("right", held)));
        CompletableFuture<InvokeResult> sixth = platform.invoke(InvokeRequest.sync("left", held));

        try {
            assertThatThrownBy(() -> sixth.get(60, TimeUnit.SECONDS)).cause()
                    .isInstanceOfSatisfying(ThrottledException.class,
                            e -> assertThat(e.reason()).isEqualTo(LambdaErrors.REASON_ACCOUNT_CONCURRENCY))
                    .hasMessageContaining("5 concurrent executions");
        } finally {
            release(release);
        }
        running.forEach(CompletableFuture::join);
    }

    private static void release(Path release) throws IOException {
        Files.createFile(release);
    }
}
