package io.fusionize.cli.deploy;

import io.fusionize.core.setup.SetupText;
import io.fusionize.deploy.artifact.FunctionArtifact;
import io.fusionize.deploy.deployer.DeployedVersion;
import java.net.URI;
import java.util.Locale;

/** What {@code fusionize deploy} prints: the setup, then one line per function. */
final class DeployReport {

    private static final String ROW = "%-24s %-8s %-6s %10s  %s%n";

    private DeployReport() {
    }

    /**
     * @param deployed the deployed version
     * @param platform where it went
     * @return the setup, then each function with its version, alias, package size and tasks
     */
    static String format(DeployedVersion deployed, URI platform) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "deployed %s to %s in %.1f s%n", SetupText.format(deployed.setup()),
                platform, deployed.took().toMillis() / 1000.0));
        text.append(String.format(Locale.ROOT, ROW, "function", "version", "alias", "package", "tasks"));
        for (FunctionArtifact artifact : deployed.artifacts()) {
            text.append(String.format(Locale.ROOT, ROW, artifact.functionName(),
                    deployed.functionVersions().get(artifact.functionName()), deployed.alias(),
                    megabytes(artifact.zipBytes()), String.join(" ", artifact.tasks().stream().sorted().toList())));
        }
        text.append(String.format(Locale.ROOT, "%d functions, %s of packages; invoke with Qualifier=%s%n",
                deployed.artifacts().size(), megabytes(deployed.artifactBytes()), deployed.alias()));
        return text.toString();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
