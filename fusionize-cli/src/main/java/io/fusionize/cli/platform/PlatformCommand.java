package io.fusionize.cli.platform;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code fusionize platform}: groups the commands that run the local platform. */
@Command(name = "platform", mixinStandardHelpOptions = true,
        description = "Run the local Lambda-compatible FaaS platform.",
        subcommands = PlatformStartCommand.class)
public final class PlatformCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** Refuses to run without a subcommand, which is a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }
}
