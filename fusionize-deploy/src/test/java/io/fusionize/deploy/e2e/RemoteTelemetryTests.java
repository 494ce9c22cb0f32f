package io.fusionize.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.deploy.artifact.ApplicationCode;
import io.fusionize.deploy.artifact.ArtifactBuilder;
import io.fusionize.deploy.deployer.DeployOptions;
import io.fusionize.deploy.deployer.Deployer;
import io.fusionize.deploy.lambda.LambdaClients;
import io.fusionize.deploy.loop.PlatformConnection;
import io.fusionize.platform.LocalPlatform;
import io.fusionize.storage.DataDirectory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** A remote connection receives a platform's reports and records through its URL alone. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class RemoteTelemetryTests {

    @TempDir
    Path temp;

    @Test
    void remoteConnectionDeliversRecordsAndReports() throws Exception {
        try (LocalPlatform platform = LocalPlatform.builder().stateDir(temp.resolve("platform")).port(0).build()
                .start()) {
            // only the URL and the token cross over, as with --platform URL
            URI url = URI.create(platform.uri().toString());
            String token = platform.token();
            List<String> reports = new CopyOnWriteArrayList<>();
            List<String> lines = new CopyOnWriteArrayList<>();
            ApplicationCode iot = ApplicationCode.find("iot");
            Setup setup = SetupGenerators.allLocal(iot.application(), 512).withVersion(1);

            try (PlatformConnection connection = PlatformConnection.remote(url, token);
                    LambdaClient lambda = LambdaClients.forLocalPlatform(url, token)) {
                assertThat(connection.subscribe(reports::add, lines::add)).isTrue();
                new Deployer(lambda, new ArtifactBuilder(temp.resolve("artifacts")), iot,
                        DeployOptions.of(url.toString(), token).withExtraEnvironment(
                                Map.of(DataDirectory.ENVIRONMENT_VARIABLE, temp.resolve("data").toString())))
                        .deploy(setup);
                lambda.invoke(b -> b.functionName("iot-I").qualifier("v1")
                        .payload(SdkBytes.fromUtf8String("{\"seed\":7}")));

                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    assertThat(lines).anyMatch(l -> l.startsWith("FUSIONIZE_RECORD {"));
                    assertThat(reports).anyMatch(r -> r.contains("\"functionName\":\"iot-I\"")
                            && r.contains("\"outcome\":\"Success\""));
                });
            }
        }
    }
}
