package io.fusionize.cli.setup;

import picocli.CommandLine.Command;

/**
 * {@code fusionize setup}: tools for setup documents. Not being runnable itself, it leaves picocli
 * to report a missing subcommand as a usage error.
 */
@Command(name = "setup", mixinStandardHelpOptions = true,
        description = "Generate, validate and compare setups.",
        subcommands = {GenerateCommand.class, ValidateCommand.class, DiffCommand.class})
public final class SetupCommand {
}
