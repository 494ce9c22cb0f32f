package io.fusionize.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.platform.support.SdkClients;
import io.fusionize.platform.support.TestCode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.Runtime;

/** Bearer-token access: control plane always, Invoke API when configured. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class SecurityTests {

    @TempDir
    static Path dir;
    static LocalPlatform open;
    static LocalPlatform locked;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        open = LocalPlatform.builder().stateDir(dir.resolve("open")).port(0).build().start();
        locked = LocalPlatform.builder().stateDir(dir.resolve("locked")).port(0)
                .settings(PlatformSettings.defaults().toBuilder().invokeAccess(InvokeAccess.TOKEN_REQUIRED).build())
                .build().start();
    }

    @AfterAll
    static void stop() {
        open.close();
        locked.close();
    }

    @Test
    void tokenFileIsOwnerOnlyAndStableAcrossRestarts() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(open.tokenFile())))
                .isEqualTo("rw-------");
        assertThat(Files.readString(open.tokenFile()).trim()).isEqualTo(open.token()).hasSize(64);
        String first;
        try (LocalPlatform once = LocalPlatform.builder().stateDir(dir.resolve("restarted")).port(0).build().start()) {
            first = once.token();
        }
        try (LocalPlatform again = LocalPlatform.builder().stateDir(dir.resolve("restarted")).port(0).build()) {
            assertThat(again.start().token()).isEqualTo(first);
        }
    }

    @Test
    void secondPlatformOnTheSameStateDirectoryIsRefused() {
        LocalPlatform second = LocalPlatform.builder().stateDir(dir.resolve("open")).port(0).build();

        assertThatThrownBy(second::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("in use");
        assertThat(open.uri()).isNotNull();
    }

    @Test
    void controlPlaneWithoutTokenIs401AndCreatesNothing() throws Exception {
        HttpResponse<String> response = send(open, "POST", "/2015-03-31/functions", createBody("sneaky"), null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("MissingAuthenticationTokenException");
        assertThat(open.functions().list().functions()).extracting(f -> f.functionName()).doesNotContain("sneaky");
    }

    @Test
    void controlPlaneWithWrongTokenIs403AndCreatesNothing() throws Exception {
        HttpResponse<String> response = send(open, "POST", "/2015-03-31/functions", createBody("sneaky2"), "not-it");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"message\"");
        assertThat(open.functions().list().functions()).extracting(f -> f.functionName()).doesNotContain("sneaky2");
    }

    @Test
    void sdkWithoutTokenIsRefused() {
        try (LambdaClient anonymous = SdkClients.lambda(open, null)) {
            assertThatThrownBy(anonymous::listFunctions)
                    .isInstanceOfSatisfying(LambdaException.class, e -> assertThat(e.statusCode()).isEqualTo(401));
        }
    }

    @Test
    void invokeIsOpenOnLoopbackByDefault() throws Exception {
        HttpResponse<String> response = send(open, "POST", "/2015-03-31/functions/absent/invocations", "{}", null);

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void invokeNeedsTheTokenWhenConfigured() throws Exception {
        try (LambdaClient lambda = SdkClients.lambda(locked, locked.token())) {
            lambda.createFunction(b -> b.functionName("guarded").runtime(Runtime.JAVA17).role("r")
                    .handler(TestCode.HANDLER).code(c -> c.zipFile(SdkBytes.fromByteArray(TestCode.zip()))));
        }

        assertThat(send(locked, "POST", "/2015-03-31/functions/guarded/invocations", "{}", null).statusCode())
                .isEqualTo(401);
        assertThat(send(locked, "POST", "/2015-03-31/functions/guarded/invocations", "{}", "wrong").statusCode())
                .isEqualTo(403);
        assertThat(send(locked, "POST", "/2015-03-31/functions/guarded/invocations?InvocationType=DryRun", "{}",
                locked.token()).statusCode()).isEqualTo(200);
    }

    @Test
    void refusedInvocationsLeaveTheKeptAliveConnectionUsable() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(send(open, "POST", "/2015-03-31/functions/absent/invocations", "{}", null).statusCode())
                    .isEqualTo(404);
        }
        assertThat(send(open, "GET", "/health", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void healthNeedsNoToken() throws Exception {
        assertThat(send(open, "GET", "/health", null, null).statusCode()).isEqualTo(200);
    }

    private static String createBody(String name) {
        return "{\"FunctionName\":\"" + name + "\",\"Handler\":\"" + TestCode.HANDLER + "\",\"Code\":{\"ZipFile\":\""
                + java.util.Base64.getEncoder().encodeToString(TestCode.zip()) + "\"}}";
    }

    private static HttpResponse<String> send(LocalPlatform platform, String method, String path, String body,
            String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.uri() + path))
                .timeout(java.time.Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
