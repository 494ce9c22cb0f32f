package io.fusionize.cli.setup;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code fusionize setup}: tools for setup documents. */
@Command(name = "setup", mixinStandardHelpOptions = true,
        description = "Generate, validate and compare setups.",
        subcommands = {GenerateCommand.class, ValidateCommand.class, DiffCommand.class})
public final class SetupCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** Refuses to run without a subcommand, which is a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }
}
