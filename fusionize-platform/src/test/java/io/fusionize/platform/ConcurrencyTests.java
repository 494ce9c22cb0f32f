package io.fusionize.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.platform.dto.Concurrency;
import io.fusionize.platform.invoke.InvokeRequest;
import io.fusionize.platform.invoke.InvokeResult;
import io.fusionize.platform.support.Events;
import io.fusionize.platform.support.Functions;
import io.fusionize.platform.support.Reports;
import io.fusionize.platform.support.SdkClients;
import io.fusionize.platform.support.TestCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

/** N concurrent invocations start N instances, up to the limit; one more is throttled with 429. */
class ConcurrencyTests {

    private static final int LIMIT = 3;
    private static final byte[] SLOW = Events.bytes("{\"action\":\"sleep\",\"ms\":2500}");

    @TempDir
    static Path dir;
    static LocalPlatform platform;
    static Reports reports = new Reports();
    static Path code;

    @BeforeAll
    static void start() throws Exception {
        platform = LocalPlatform.builder().stateDir(dir.resolve("state")).port(0)
                .settings(PlatformSettings.defaults().toBuilder().globalConcurrency(5).build()).build().start();
        platform.addReportListener(reports);
        code = TestCode.directory(Files.createDirectories(dir.resolve("code")));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void concurrentInvokesScaleOutToTheFunctionLimitThenThrottle() throws Exception {
        Functions.create(platform, "parallel", code, TestCode.HANDLER, 256, 10);
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

        List<String> pids = running.stream().map(f -> f.join()).map(r -> Events.text(r.body()))
                .map(body -> body.replaceAll(".*\"pid\":(\\d+).*", "$1")).distinct().toList();
        assertThat(pids).hasSize(LIMIT);
        assertThat(platform.liveInstances("parallel")).isEqualTo(LIMIT);
        assertThat(reports.all()).anySatisfy(report -> {
            assertThat(report.functionName()).isEqualTo("parallel");
            assertThat(report.outcome()).isEqualTo("Throttled");
        });
    }

    @Test
    void platformWideLimitThrottlesAcrossFunctions() throws Exception {
        Functions.create(platform, "left", code, TestCode.HANDLER, 256, 10);
        Functions.create(platform, "right", code, TestCode.HANDLER, 256, 10);

        List<CompletableFuture<InvokeResult>> running = List.of(
                platform.invoke(InvokeRequest.sync("left", SLOW)), platform.invoke(InvokeRequest.sync("left", SLOW)),
                platform.invoke(InvokeRequest.sync("right", SLOW)), platform.invoke(InvokeRequest.sync("right", SLOW)),
                platform.invoke(InvokeRequest.sync("right", SLOW)));
        CompletableFuture<InvokeResult> sixth = platform.invoke(InvokeRequest.sync("left", SLOW));

        assertThatThrownBy(() -> sixth.get(10, TimeUnit.SECONDS)).cause()
                .isInstanceOfSatisfying(ThrottledException.class,
                        e -> assertThat(e.reason()).isEqualTo(ThrottledException.REASON_GLOBAL))
                .hasMessageContaining("5 concurrent executions");
        running.forEach(CompletableFuture::join);
    }
}
