package io.fusionize.deploy;

import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupText;
import io.fusionize.deploy.artifact.ApplicationCode;
import io.fusionize.deploy.artifact.ArtifactBuilder;
import io.fusionize.deploy.deployer.DeployOptions;
import io.fusionize.deploy.deployer.DeployedVersion;
import io.fusionize.deploy.deployer.Deployer;
import io.fusionize.deploy.lambda.LambdaClients;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * One-shot deployment, as {@code fusionize deploy --app APP --setup SETUP} does it: package the
 * application's functions for a setup and create them on a running platform under the setup's
 * version.
 */
public final class DeployTool {

    private DeployTool() {
    }

    /**
     * Deploys a resolved setup of an application to a running platform.
     *
     * @param code the application
     * @param setup the setup; its functions are published behind the alias of its version
     * @param platform the platform's base URL
     * @param token its bearer token, or {@code null}
     * @param cacheDirectory where packages are kept
     * @param extraEnvironment further variables for every function, e.g. where the example
     *     applications keep their data; empty for none
     * @return the deployed version; its functions answer under the alias {@code vN}
     */
    public static DeployedVersion deploy(ApplicationCode code, Setup setup, URI platform, String token,
            Path cacheDirectory, Map<String, String> extraEnvironment) {
        Objects.requireNonNull(code, "application code must not be null");
        Objects.requireNonNull(setup, "setup must not be null");
        Objects.requireNonNull(platform, "platform must not be null");
        Objects.requireNonNull(cacheDirectory, "cache directory must not be null");
        DeployOptions options = options(platform, token, extraEnvironment);
        try (LambdaClient lambda = LambdaClients.forLocalPlatform(platform, token)) {
            return new Deployer(lambda, new ArtifactBuilder(cacheDirectory), code, options).deploy(setup);
        }
    }

    /** @return the deployment options for a platform, with the extra environment for every function */
    static DeployOptions options(URI platform, String token, Map<String, String> extraEnvironment) {
        Objects.requireNonNull(extraEnvironment, "extra environment must not be null");
        return DeployOptions.of(platform.toString(), token).withExtraEnvironment(extraEnvironment);
    }

    /**
     * @param deployed a deployed version
     * @return what was deployed, as lines of text
     */
    public static String describe(DeployedVersion deployed) {
        StringBuilder text = new StringBuilder("deployed " + deployed.setup().application() + " setup v"
                + deployed.version() + " (alias " + deployed.alias() + ") in " + deployed.took().toMillis() + " ms");
        String nl = System.lineSeparator();
        text.append(nl).append(SetupText.format(deployed.setup()));
        deployed.artifacts().forEach(a -> text.append(nl).append("  ").append(a.summary()));
        return text.toString();
    }
}
