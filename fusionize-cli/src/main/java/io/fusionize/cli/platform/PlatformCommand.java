package io.fusionize.cli.platform;

import picocli.CommandLine.Command;

/**
 * {@code fusionize platform}: groups the commands that run the local platform. Not being runnable
 * itself, it leaves picocli to report a missing subcommand as a usage error.
 */
@Command(name = "platform", mixinStandardHelpOptions = true,
        description = "Run the local Lambda-compatible FaaS platform.",
        subcommands = PlatformStartCommand.class)
public final class PlatformCommand {
}
