package io.fusionize.reliability.support;

import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.deploy.artifact.ApplicationCode;
import io.fusionize.deploy.artifact.ArtifactBuilder;
import io.fusionize.deploy.deployer.DeployOptions;
import io.fusionize.deploy.deployer.Deployer;
import java.nio.file.Path;

/** Deploys one of the fault tests' applications all-remote, as version 1, on a fault platform. */
public final class FusionDeployment {

    /** The alias every deployed function answers under. */
    public static final String QUALIFIER = "v1";

    private FusionDeployment() {
    }

    /**
     * @param platform the platform
     * @param application the application's name, e.g. {@code chain}
     * @param timeoutSeconds every function's timeout
     * @param artifacts where the packages are built
     * @return the deployed setup
     */
    public static Setup allRemote(FaultPlatform platform, String application, int timeoutSeconds, Path artifacts) {
        ApplicationCode code = ApplicationCode.find(application);
        Setup setup = SetupGenerators.allRemote(code.application(), 512).withVersion(1);
        DeployOptions options = DeployOptions.of(platform.process().uri().toString(), platform.process().token())
                .withTimeoutSeconds(timeoutSeconds);
        new Deployer(platform.lambda(), new ArtifactBuilder(artifacts), code, options).deploy(setup);
        return setup;
    }
}
