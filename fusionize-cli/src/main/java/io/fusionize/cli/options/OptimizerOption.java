package io.fusionize.cli.options;

import io.fusionize.deploy.loop.LoopOptions;
import io.fusionize.optimizer.Goal;
import io.fusionize.protocol.billing.Architecture;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --optimizer NAME}, {@code --objective GOAL} and {@code --architecture ARCH}: which
 * optimizer proposes the setups, what it aims for, and whose prices it forecasts with; a value
 * none of them accepts is a usage error.
 */
public final class OptimizerOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    private String name;
    private Goal goal = Goal.BALANCED;
    private Architecture architecture = Architecture.X86_64;

    /** @return one of {@link LoopOptions#OPTIMIZERS} */
    public String name() {
        return name;
    }

    /** @return what the optimizer aims for, {@link Goal#BALANCED} unless given */
    public Goal goal() {
        return goal;
    }

    /** @return the instruction set whose AWS prices costs are forecast and billed with */
    public Architecture architecture() {
        return architecture;
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

    /**
     * Takes the objective given, or the default.
     *
     * @param text {@code balanced}, {@code latency}, {@code cost}, {@code p95<=MS} or {@code cost<=USD_PER_1K}
     * @throws ParameterException when {@link Goal#parse} refuses it
     */
    @Option(names = "--objective", paramLabel = "GOAL", defaultValue = "balanced",
            description = "What the optimizer aims for: balanced, latency (lowest median), cost (lowest cost per"
                + " 1,000 requests), p95<=MS (cheapest whose p95 is at most MS) or cost<=USD_PER_1K (fastest"
                + " costing at most that per 1,000 requests) (default: ${DEFAULT-VALUE}).")
    void setObjective(String text) {
        try {
            goal = Goal.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), e.getMessage());
        }
    }

    /**
     * Takes the architecture given, or the default.
     *
     * @param text {@code x86_64} or {@code arm64}
     * @throws ParameterException when it names neither
     */
    @Option(names = "--architecture", paramLabel = "ARCH", defaultValue = "x86_64",
            description = "x86_64 or arm64: whose AWS Lambda prices the optimizer forecasts with and the embedded"
                + " platform bills with (default: ${DEFAULT-VALUE}).")
    void setArchitecture(String text) {
        try {
            architecture = Architecture.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), "unknown architecture '" + text + "'; choose "
                    + Arrays.stream(Architecture.values()).map(a -> a.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(" or ")));
        }
    }
}
