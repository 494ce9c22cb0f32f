package io.fusionize.cli.deploy;

import io.fusionize.cli.options.AppOption;
import io.fusionize.cli.support.SetupSources;
import io.fusionize.cli.options.PlatformOption;
import io.fusionize.cli.options.SetupOption;
import io.fusionize.cli.options.StateDirOption;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupValidator;
import io.fusionize.deploy.DeployTool;
import io.fusionize.deploy.artifact.ApplicationCode;
import io.fusionize.deploy.deployer.DeployedVersion;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code fusionize deploy}: creates an application's functions for a setup on a running platform. */
@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = {"Creates an application's functions for a setup on a running platform.",
            "Each function is named APP-ENTRY and published as one function version behind the alias vN, where"
                + " N is the setup's version (1 for all-remote and all-local).",
            "The bearer token is read from the platform's state directory; packages are kept under DIR/artifacts"
                + " and the example applications' data under DIR/data."})
public final class DeployCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Mixin private AppOption app;

    @Mixin private SetupOption setupOption;

    @Mixin private PlatformOption.OrDefault platform;

    @Mixin private StateDirOption state;

    /** Deploys the setup and prints its functions. */
    @Override
    public Integer call() {
        ApplicationCode code = ApplicationCode.find(app.name());
        Setup setup = SetupValidator.requireValid(setupOption.load(code.application()), code.application());
        SetupSources.printWarnings(setup, code.application(), spec.commandLine().getErr());
        String token = platform.connect(state);
        DeployedVersion deployed;
        try {
            deployed = DeployTool.deploy(code, setup, platform.address(), token, state.path().resolve("artifacts"),
                    state.dataEnvironment());
        } catch (RuntimeException e) {
            throw platform.explain(e, state);
        }
        spec.commandLine().getOut().print(DeployReport.format(deployed, platform.address()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
