package io.fusionize.cli;

import io.fusionize.cli.dashboard.DashboardCommand;
import io.fusionize.cli.demo.DemoCommand;
import io.fusionize.cli.deploy.DeployCommand;
import io.fusionize.cli.experiment.ExperimentCommand;
import io.fusionize.cli.explore.ExploreCommand;
import io.fusionize.cli.invoke.InvokeCommand;
import io.fusionize.cli.platform.PlatformCommand;
import io.fusionize.cli.run.RunCommand;
import io.fusionize.cli.run.StatusCommand;
import io.fusionize.cli.scaffold.NewCommand;
import io.fusionize.cli.setup.SetupCommand;
import picocli.CommandLine.Command;

/**
 * The {@code fusionize} command; it only groups the subcommands. Not being runnable itself, it
 * leaves picocli to report a missing subcommand as a usage error.
 */
@Command(name = "fusionize", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Fuses serverless tasks into functions and sizes their memory.",
        subcommands = {SetupCommand.class, InvokeCommand.class, PlatformCommand.class, DeployCommand.class,
            RunCommand.class, StatusCommand.class, ExperimentCommand.class, ExploreCommand.class, DemoCommand.class,
            DashboardCommand.class, NewCommand.class})
public final class FusionizeCommand {
}
