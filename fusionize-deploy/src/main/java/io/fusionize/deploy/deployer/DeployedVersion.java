package io.fusionize.deploy.deployer;

import io.fusionize.core.setup.Setup;
import io.fusionize.deploy.artifact.FunctionArtifact;
import io.fusionize.protocol.fusion.FunctionNaming;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A setup version as it exists on the platform.
 *
 * @param setup the setup
 * @param functionVersions the published function version behind alias {@code vN}, by function name
 * @param artifacts the packages that were deployed, in the setup's function order
 * @param took how long the roll-out took
 */
public record DeployedVersion(Setup setup, Map<String, String> functionVersions,
        List<FunctionArtifact> artifacts, Duration took) {

    /** Checks the parts and freezes the collections. */
    public DeployedVersion {
        Objects.requireNonNull(setup, "setup must not be null");
        functionVersions = Map.copyOf(functionVersions);
        artifacts = List.copyOf(artifacts);
    }

    /** @return the setup version */
    public int version() {
        return setup.version();
    }

    /** @return the alias every function of this version is published under, {@code vN} */
    public String alias() {
        return FunctionNaming.qualifier(setup.version());
    }

    /** @return the total size of the packages, in bytes */
    public long artifactBytes() {
        return artifacts.stream().mapToLong(FunctionArtifact::zipBytes).sum();
    }
}
