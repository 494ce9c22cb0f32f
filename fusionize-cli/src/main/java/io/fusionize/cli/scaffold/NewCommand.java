package io.fusionize.cli.scaffold;

import picocli.CommandLine.Command;

/** {@code fusionize new}: groups what can be created; today, an application project. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Creates a new project.",
        subcommands = NewAppCommand.class)
public final class NewCommand {
}
