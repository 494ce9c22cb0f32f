package io.fusionize.cli.setup;

import io.fusionize.api.Application;
import io.fusionize.cli.options.AppOption;
import io.fusionize.cli.support.SetupSources;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupDiff;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fusionize setup diff}: says what changes from one setup to another. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Prints the changes from setup FROM to setup TO, one per line.")
public final class DiffCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Mixin private AppOption app;

    @Parameters(index = "0", paramLabel = "FROM", description = "all-remote, all-local, or a setup file.")
    private String from;

    @Parameters(index = "1", paramLabel = "TO", description = "all-remote, all-local, or a setup file.")
    private String to;

    /** Prints the changes, or "no changes". */
    @Override
    public Integer call() {
        Application application = app.application();
        Setup before = SetupSources.load(from, application);
        Setup after = SetupSources.load(to, application);
        SetupDiff diff = SetupDiff.between(before, after);
        PrintWriter out = spec.commandLine().getOut();
        if (diff.isEmpty()) {
            out.println("no changes");
        } else {
            diff.changes().forEach(out::println);
        }
        out.flush();
        return 0;
    }
}
