package io.fusionize.cli.options;

import io.fusionize.cli.support.CommandDefaults;
import io.fusionize.cli.support.PlatformToken;
import io.fusionize.platform.StateLayout;
import io.fusionize.storage.DataDirectory;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --state DIR}: the directory a platform and the control loop keep their files in, and where
 * the commands that talk to a running platform find its token.
 */
public final class StateDirOption {

    @Option(names = "--state", paramLabel = "DIR", defaultValue = CommandDefaults.STATE_DIRECTORY,
            description = "The state directory: a platform keeps its token, functions, queue and reports there,"
                + " the control loop its state, decisions and traces, and commands that talk to a running"
                + " platform read its token from there (default: ${DEFAULT-VALUE}).")
    private Path directory;

    /** @return the directory as given */
    public Path path() {
        return directory;
    }

    /** @return where a platform started with this directory keeps its bearer token */
    public Path tokenFile() {
        return StateLayout.tokenFile(directory);
    }

    /**
     * @return the bearer token of the platform started with this directory
     * @throws io.fusionize.cli.support.UserInputException when the directory holds no readable token
     */
    public String token() {
        return PlatformToken.read(directory);
    }

    /**
     * @return the environment that points the example applications' databases to DIR/data, so that
     *     their data stays with this state directory, apart from other runs
     */
    public Map<String, String> dataEnvironment() {
        return Map.of(DataDirectory.ENVIRONMENT_VARIABLE, directory.resolve("data").toAbsolutePath().toString());
    }
}
