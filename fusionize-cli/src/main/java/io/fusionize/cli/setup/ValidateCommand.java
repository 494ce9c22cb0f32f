package io.fusionize.cli.setup;

import io.fusionize.api.Application;
import io.fusionize.cli.Fusionize;
import io.fusionize.cli.options.AppOption;
import io.fusionize.cli.support.SetupSources;
import io.fusionize.core.setup.SetupFormatException;
import io.fusionize.core.setup.SetupValidator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fusionize setup validate}: checks a setup file against its application. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Prints 'valid', or one line per problem and exits 1.",
            "A valid setup may be followed by 'warning:' lines: inline rules no call uses, functions nothing reaches."})
public final class ValidateCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Mixin private AppOption app;

    @Parameters(paramLabel = "FILE", description = "A setup document (JSON) or a setup in text form.")
    private Path file;

    /** Prints the verdict. */
    @Override
    public Integer call() {
        Application application = app.application();
        String content = SetupSources.readFile(file);
        List<String> problems = problems(content, application);
        PrintWriter out = spec.commandLine().getOut();
        if (problems.isEmpty()) {
            out.println("valid");
            SetupSources.printWarnings(SetupSources.parse(content, application.name()), application, out);
        } else {
            problems.forEach(out::println);
        }
        out.flush();
        return problems.isEmpty() ? 0 : Fusionize.EXIT_USER_ERROR;
    }

    private static List<String> problems(String content, Application application) {
        try {
            return SetupValidator.validate(SetupSources.parse(content, application.name()), application);
        } catch (SetupFormatException e) {
            return List.of(e.getMessage());
        }
    }
}
