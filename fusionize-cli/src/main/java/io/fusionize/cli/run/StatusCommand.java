package io.fusionize.cli.run;

import io.fusionize.api.Application;
import io.fusionize.cli.options.AppOption;
import io.fusionize.cli.options.StateDirOption;
import io.fusionize.cli.support.UserInputException;
import io.fusionize.deploy.loop.ControlLoop;
import io.fusionize.deploy.loop.LoopStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code fusionize status}: what the control loop of an application has reached. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Prints where the control loop of an application stands.",
            "Its current version, setup and round, and the statistics last measured for that version, whether or not"
                + " the loop is running."})
public final class StatusCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Mixin private AppOption app;

    @Mixin private StateDirOption state;

    /** Prints the status, or says that no loop ran here. */
    @Override
    public Integer call() {
        Application application = app.application();
        Path stateDirectory = state.path();
        if (!Files.isDirectory(stateDirectory)) {
            throw new UserInputException("no state directory " + stateDirectory + "; give the --state that"
                    + " 'fusionize run' used");
        }
        LoopStatus status = ControlLoop.readStatus(stateDirectory, application.name()).orElseThrow(() ->
                new UserInputException("no control loop of " + application.name() + " has run in " + stateDirectory
                        + "; start one with 'fusionize run --app " + application.name() + " --state "
                        + stateDirectory + "'"));
        spec.commandLine().getOut().print(status.format());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
