package io.fusionize.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.platform.support.Events;
import io.fusionize.platform.support.Reports;
import io.fusionize.platform.support.SdkClients;
import io.fusionize.platform.support.TestCode;
import io.fusionize.protocol.lambda.LambdaApi;
import io.fusionize.protocol.lambda.LambdaLimits;
import io.fusionize.protocol.telemetry.InvocationReport;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.FunctionCode;
import software.amazon.awssdk.services.lambda.model.GetAliasResponse;
import software.amazon.awssdk.services.lambda.model.InvalidRequestContentException;
import software.amazon.awssdk.services.lambda.model.InvalidZipFileException;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.PublishVersionResponse;
import software.amazon.awssdk.services.lambda.model.RequestTooLargeException;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.Runtime;

/** The real AWS SDK v2 {@link LambdaClient}, unsigned plus a bearer token, against the platform. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class AwsSdkTests {

    @TempDir
    static Path dir;
    static LocalPlatform platform;
    static LambdaClient lambda;
    static Reports reports = new Reports();

    @BeforeAll
    static void start() {
        platform = LocalPlatform.builder().stateDir(dir).port(0).build().start();
        platform.addReportListener(reports);
        lambda = SdkClients.lambda(platform, platform.token());
        create("sdk-fn");
    }

    @AfterAll
    static void stop() {
        lambda.close();
        platform.close();
    }

    private static CreateFunctionResponse create(String name) {
        return lambda.createFunction(b -> b.functionName(name).runtime(Runtime.JAVA17).role("arn:aws:iam::1:role/x")
                .handler(TestCode.HANDLER).memorySize(256).timeout(10)
                .environment(e -> e.variables(Map.of("GREETING", "hi")))
                .code(FunctionCode.builder().zipFile(SdkBytes.fromByteArray(TestCode.zip())).build()));
    }

    @Test
    void syncInvokeReturnsTheResultAndTheLogTail() {
        InvokeResponse response = lambda.invoke(b -> b.functionName("sdk-fn").logType(LogType.TAIL)
                .payload(SdkBytes.fromUtf8String("{\"action\":\"echo\",\"n\":1}")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.functionError()).isNull();
        assertThat(response.executedVersion()).isEqualTo("$LATEST");
        assertThat(response.payload().asUtf8String()).isEqualTo("{\"action\":\"echo\",\"n\":1}");
        String tail = new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
        assertThat(tail).contains("START RequestId:").contains("handling ").contains("REPORT RequestId:")
                .contains("Billed Duration:");
    }

    @Test
    void eventInvokeIsAcceptedAndDeliveredLater() {
        InvokeResponse response = lambda.invoke(b -> b.functionName("sdk-fn").invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String("{\"action\":\"echo\",\"marker\":\"async-1\"}")));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.payload().asByteArray()).isEmpty();
        InvocationReport delivered = Awaitility.await().atMost(Duration.ofSeconds(60)).until(
                () -> reports.all().stream().filter(r -> r.invocationType().equals("Event")).findFirst().orElse(null),
                report -> report != null);
        assertThat(delivered.functionName()).isEqualTo("sdk-fn");
        assertThat(delivered.outcome()).isEqualTo("Success");
    }

    @Test
    void dryRunValidatesWithoutRunning() {
        InvokeResponse response = lambda.invoke(b -> b.functionName("sdk-fn").invocationType(InvocationType.DRY_RUN)
                .payload(SdkBytes.fromUtf8String("{}")));

        assertThat(response.statusCode()).isEqualTo(204);
    }

    @Test
    void functionErrorIsUnhandledWithTheErrorJson() {
        InvokeResponse response = lambda.invoke(b -> b.functionName("sdk-fn")
                .payload(SdkBytes.fromByteArray(Events.action("fail"))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.functionError()).isEqualTo("Unhandled");
        assertThat(response.payload().asUtf8String()).contains("\"errorType\":\"java.lang.IllegalStateException\"")
                .contains("\"errorMessage\":\"bad input");
    }

    @Test
    void missingFunctionIsResourceNotFound() {
        assertThatThrownBy(() -> lambda.invoke(b -> b.functionName("no-such-fn").payload(SdkBytes.fromUtf8String("{}"))))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.awsErrorDetails().errorMessage()).contains("no-such-fn");
                });
    }

    @Test
    void oversizedPayloadIsRequestTooLarge() {
        String big = "\"" + "x".repeat(LambdaLimits.MAX_SYNC_PAYLOAD_BYTES) + "\"";
        assertThatThrownBy(() -> lambda.invoke(b -> b.functionName("sdk-fn").payload(SdkBytes.fromUtf8String(big))))
                .isInstanceOfSatisfying(RequestTooLargeException.class, e -> assertThat(e.statusCode()).isEqualTo(413));
    }

    @Test
    void oversizedEventIsRequestTooLargeAtOneMegabyte() {
        String big = "\"" + "x".repeat(LambdaLimits.MAX_ASYNC_PAYLOAD_BYTES) + "\"";
        assertThatThrownBy(() -> lambda.invoke(b -> b.functionName("sdk-fn").invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String(big))))
                .isInstanceOfSatisfying(RequestTooLargeException.class, e -> assertThat(e.statusCode()).isEqualTo(413));
    }

    @Test
    void oversizedEventWithoutADeclaredLengthIsRefusedAtOneMegabyte() throws Exception {
        // a chunked body declares no length, so the limit must hold while it is read
        byte[] big = ("\"" + "x".repeat(LambdaLimits.MAX_ASYNC_PAYLOAD_BYTES) + "\"").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(platform.uri().resolve("/2015-03-31/functions/sdk-fn/invocations"))
                .header(LambdaApi.HEADER_INVOCATION_TYPE, LambdaApi.INVOCATION_EVENT)
                .header(LambdaApi.HEADER_AUTHORIZATION, "Bearer " + platform.token())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();

        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("smaller than " + LambdaLimits.MAX_ASYNC_PAYLOAD_BYTES + " bytes");
    }

    @Test
    void payloadThatIsNotJsonIsInvalidRequestContent() {
        assertThatThrownBy(() -> lambda.invoke(b -> b.functionName("sdk-fn").payload(SdkBytes.fromUtf8String("{oops"))))
                .isInstanceOfSatisfying(InvalidRequestContentException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(400));
    }

    @Test
    void zipSlipIsRefusedWithAClearError() {
        byte[] evil = TestCode.zipOf("ok.txt", "../../escaped.txt");
        assertThatThrownBy(() -> lambda.createFunction(b -> b.functionName("slip").runtime(Runtime.JAVA17)
                .role("r").handler(TestCode.HANDLER).code(c -> c.zipFile(SdkBytes.fromByteArray(evil)))))
                .isInstanceOfSatisfying(InvalidZipFileException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorMessage()).contains("../../escaped.txt").contains("zip-slip");
                });
        assertThat(dir.getParent().resolve("escaped.txt")).doesNotExist();
        assertThatThrownBy(() -> lambda.getFunction(b -> b.functionName("slip")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void controlPlaneManagesFunctionsVersionsAndAliases() {
        CreateFunctionResponse created = create("managed");
        assertThat(created.version()).isEqualTo("$LATEST");
        assertThat(created.memorySize()).isEqualTo(256);
        assertThat(created.codeSha256()).isNotBlank();
        assertThatThrownBy(() -> create("managed")).isInstanceOf(ResourceConflictException.class);

        assertThat(lambda.listFunctions().functions()).extracting(f -> f.functionName()).contains("managed");
        assertThat(lambda.updateFunctionConfiguration(b -> b.functionName("managed").memorySize(512)).memorySize())
                .isEqualTo(512);
        assertThat(lambda.updateFunctionCode(b -> b.functionName("managed")
                .zipFile(SdkBytes.fromByteArray(TestCode.zip()))).codeSha256()).isEqualTo(created.codeSha256());

        PublishVersionResponse v1 = lambda.publishVersion(b -> b.functionName("managed"));
        assertThat(v1.version()).isEqualTo("1");
        assertThat(lambda.publishVersion(b -> b.functionName("managed")).version()).isEqualTo("1");
        lambda.createAlias(b -> b.functionName("managed").name("v1").functionVersion("1"));
        GetAliasResponse alias = lambda.getAlias(b -> b.functionName("managed").name("v1"));
        assertThat(alias.functionVersion()).isEqualTo("1");

        lambda.updateFunctionConfiguration(b -> b.functionName("managed").memorySize(1024));
        assertThat(lambda.getFunction(b -> b.functionName("managed").qualifier("v1")).configuration().memorySize())
                .isEqualTo(512);
        InvokeResponse viaAlias = lambda.invoke(b -> b.functionName("managed").qualifier("v1")
                .payload(SdkBytes.fromByteArray(Events.action("whoami"))));
        assertThat(viaAlias.executedVersion()).isEqualTo("1");
        assertThat(lambda.listVersionsByFunction(b -> b.functionName("managed")).versions()).hasSize(2);

        lambda.deleteAlias(b -> b.functionName("managed").name("v1"));
        lambda.deleteFunction(b -> b.functionName("managed"));
        assertThatThrownBy(() -> lambda.getFunction(b -> b.functionName("managed")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void reservedConcurrencyRoundTrips() {
        lambda.putFunctionConcurrency(b -> b.functionName("sdk-fn").reservedConcurrentExecutions(7));
        assertThat(lambda.getFunctionConcurrency(b -> b.functionName("sdk-fn")).reservedConcurrentExecutions())
                .isEqualTo(7);
        lambda.deleteFunctionConcurrency(b -> b.functionName("sdk-fn"));
        assertThat(lambda.getFunctionConcurrency(b -> b.functionName("sdk-fn")).reservedConcurrentExecutions())
                .isNull();
    }
}
