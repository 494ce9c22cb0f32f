package io.fusionize.cli.setup;

import io.fusionize.api.Application;
import io.fusionize.cli.Fusionize;
import io.fusionize.cli.options.AppOption;
import io.fusionize.cli.support.SetupSources;
import io.fusionize.cli.support.UserInputException;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.core.setup.SetupText;
import io.fusionize.core.setup.SetupValidator;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fusionize setup generate}: prints a baseline or hand-written setup. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Prints a setup for an application, checked against it.",
            "Text form: functions separated by commas; each is ENTRY, then +TASK for tasks run inline"
                + " on sync calls and &TASK for tasks run inline on async calls, then @MB;"
                + " an optional header 'vN:' sets the version. Example: \"I+CW+SE&CT@512, CT@128\"."})
public final class GenerateCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Mixin private AppOption app;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    @Option(names = "--memory", paramLabel = "MB",
            description = "Memory of every function of a generated baseline (default: 1024).")
    private Integer memoryMb;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json or text (default: ${DEFAULT-VALUE}).")
    private SetupFormat format;

    /** Which setup to print; exactly one. */
    static final class Source {

        @Option(names = "--all-remote", required = true, description = "Every task its own function.")
        boolean allRemote;

        @Option(names = "--all-local", required = true,
                description = "One function per entry task, running everything inline.")
        boolean allLocal;

        @Option(names = "--text", required = true, paramLabel = "SETUP", description = "A setup in text form.")
        String text;
    }

    /** Prints the setup, or its problems and exit code 1. */
    @Override
    public Integer call() {
        Application application = app.application();
        Setup setup = setup(application);
        List<String> problems = SetupValidator.validate(setup, application);
        if (!problems.isEmpty()) {
            problems.forEach(spec.commandLine().getErr()::println);
            return Fusionize.EXIT_USER_ERROR;
        }
        SetupSources.printWarnings(setup, application, spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        out.println(format.write(setup));
        out.flush();
        return 0;
    }

    private Setup setup(Application application) {
        if (source.text != null) {
            if (memoryMb != null) {
                throw new UserInputException("--memory applies to --all-remote and --all-local only;"
                        + " the text form gives each function's memory after '@'");
            }
            return SetupText.parse(source.text, application.name());
        }
        int memory = memoryMb == null ? SetupGenerators.DEFAULT_MEMORY_MB : memoryMb;
        return source.allRemote
                ? SetupGenerators.allRemote(application, memory)
                : SetupGenerators.allLocal(application, memory);
    }
}
