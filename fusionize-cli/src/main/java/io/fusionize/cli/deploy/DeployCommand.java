package io.fusionize.cli.deploy;

import io.fusionize.cli.support.CommandDefaults;
import io.fusionize.cli.support.PlatformErrors;
import io.fusionize.cli.support.PlatformToken;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupValidator;
import io.fusionize.deploy.DeployTool;
import io.fusionize.deploy.artifact.ApplicationCode;
import io.fusionize.deploy.deployer.DeployedVersion;
import io.fusionize.examples.storage.DataDirectory;
import io.fusionize.platform.security.TokenStore;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fusionize deploy}: creates an application's functions for a setup on a running platform. */
@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = {"Creates an application's functions for a setup on a running platform.",
            "Each function is named APP-ENTRY and published as one function version behind the alias vN, where"
                + " N is the setup's version (1 for all-remote and all-local).",
            "The bearer token is read from the platform's state directory."})
public final class DeployCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--app", required = true, paramLabel = "APP", description = "The application's name.")
    private String applicationName;

    @Option(names = "--setup", required = true, paramLabel = "SETUP",
            description = "all-remote, all-local, or a file holding a setup (JSON, or the text form).")
    private String setupSource;

    @Option(names = "--platform", paramLabel = "URL", defaultValue = CommandDefaults.PLATFORM_URL,
            description = "The platform's address (default: ${DEFAULT-VALUE}).")
    private URI platform;

    @Option(names = "--state", paramLabel = "DIR", defaultValue = CommandDefaults.STATE_DIRECTORY,
            description = "The state directory the platform was started with; its token is read from there,"
                + " packages are kept under DIR/artifacts and the example applications' data under DIR/data"
                + " (default: ${DEFAULT-VALUE}).")
    private Path stateDirectory;

    /** Deploys the setup and prints its functions. */
    @Override
    public Integer call() {
        ApplicationCode code = ApplicationCode.find(applicationName);
        Setup setup = SetupValidator.requireValid(DeployTool.resolveSetup(code, setupSource), code.application());
        String token = PlatformToken.read(stateDirectory);
        Path tokenFile = TokenStore.tokenFile(stateDirectory);
        PlatformErrors.requireReachable(platform, token, tokenFile);
        DeployedVersion deployed;
        try {
            // The example applications' databases stay with this state directory, as under fusionize run.
            String dataDirectory = stateDirectory.resolve("data").toAbsolutePath().toString();
            deployed = DeployTool.deploy(code, setup, platform, token, stateDirectory.resolve("artifacts"),
                    Map.of(DataDirectory.ENVIRONMENT_VARIABLE, dataDirectory));
        } catch (RuntimeException e) {
            throw PlatformErrors.explain(e, platform, tokenFile);
        }
        spec.commandLine().getOut().print(DeployReport.format(deployed, platform));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
