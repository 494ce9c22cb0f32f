package io.fusionize.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.deploy.artifact.ApplicationCode;
import io.fusionize.deploy.fixture.GreetingApplication;
import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.deploy.artifact.ArtifactBuilder;
import io.fusionize.deploy.deployer.DeployOptions;
import io.fusionize.deploy.deployer.Deployer;
import io.fusionize.deploy.lambda.LambdaClients;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.LambdaClient;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 300, unit = TimeUnit.SECONDS)
class DeployToolTests {

    private final ApplicationCode code = ApplicationCode.find(GreetingApplication.NAME);

    @TempDir
    Path temp;

    @Test
    void extraEnvironmentReachesEveryFunction() {
        DeployOptions options = DeployTool.options(URI.create("http://127.0.0.1:1"), "secret",
                Map.of("FUSIONIZE_DATA_DIR", "/state/data"));
        try (LambdaClient lambda = LambdaClients.forLocalPlatform(URI.create("http://127.0.0.1:1"), "secret")) {
            Deployer deployer = new Deployer(lambda, new ArtifactBuilder(temp), code, options);

            for (FunctionSpec function : SetupGenerators.allRemote(code.application()).functions()) {
                assertThat(deployer.environment(function)).containsEntry("FUSIONIZE_DATA_DIR", "/state/data");
            }
        }
    }

    @Test
    void unknownApplicationNamesTheAvailableOnes() {
        assertThatThrownBy(() -> ApplicationCode.find("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown application 'nope'").hasMessageContaining(GreetingApplication.NAME);
    }
}
