package io.fusionize.cli.options;

import io.fusionize.deploy.loop.LoopOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --optimizer NAME}: which optimizer proposes the setups; an unknown name is a usage error. */
public final class OptimizerOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    private String name;

    /** @return one of {@link LoopOptions#OPTIMIZERS} */
    public String name() {
        return name;
    }

    /**
     * Takes the name given, or the default.
     *
     * @param name the optimizer's name
     * @throws ParameterException when it is not one of {@link LoopOptions#OPTIMIZERS}
     */
    @Option(names = "--optimizer", paramLabel = "NAME", defaultValue = LoopOptions.FUSIONIZE_OPTIMIZER,
            description = "fusionize (the Fusionize++ heuristic) or model (forecasts from a fitted performance"
                + " model) (default: ${DEFAULT-VALUE}).")
    void setName(String name) {
        if (!LoopOptions.OPTIMIZERS.contains(name)) {
            throw new ParameterException(command.commandLine(), LoopOptions.unknownOptimizer(name));
        }
        this.name = name;
    }
}
