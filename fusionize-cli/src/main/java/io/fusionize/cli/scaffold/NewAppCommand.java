package io.fusionize.cli.scaffold;

import io.fusionize.cli.support.UserInputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fusionize new app NAME}: writes a new application project that builds and tests offline. */
@Command(name = "app", mixinStandardHelpOptions = true,
        description = {"Writes a Maven project for a new application: an entry task that calls one task sync",
            "and one async, its load requests, a test written with the test kit, and a README."})
public final class NewAppCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The application's name: lowercase letters, digits and '-'.")
    private String name;

    @Option(names = "--package", paramLabel = "P", description = "The Java package (default: com.example.NAME).")
    private String javaPackage;

    @Option(names = "--dir", paramLabel = "D", description = "Where to write the project (default: ./NAME).")
    private Path directory;

    /** Writes the project and says what to do next. */
    @Override
    public Integer call() {
        ProjectNames names;
        try {
            names = javaPackage == null ? ProjectNames.withDefaultPackage(name) : new ProjectNames(name, javaPackage);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        Path target = directory != null ? directory : Path.of(name);
        List<Path> files;
        try {
            files = new ProjectScaffold(names).writeTo(target);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Created " + target + " (" + files.size() + " files). Next:");
        out.println("  cd " + target);
        out.println("  mvn -o -q verify");
        out.println("  fusionize run --app-jar target/" + names.name() + ".jar --app " + names.name()
                + " --load 2 --round-requests 40 --max-rounds 3");
        out.flush();
        return 0;
    }
}
