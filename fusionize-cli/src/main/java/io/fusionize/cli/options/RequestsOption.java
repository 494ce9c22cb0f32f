package io.fusionize.cli.options;

import io.fusionize.api.Application;
import io.fusionize.deploy.load.LoadRequests;
import io.fusionize.deploy.load.RequestChoice;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --requests FILE} and {@code --seed N}: which requests a command's load sends, and the seed
 * request number n of every round and every measured setup is drawn with.
 */
public final class RequestsOption {

    @Option(names = "--requests", paramLabel = "FILE",
            description = "Send the requests of a JSON Lines file, one {\"payload\": JSON, \"entry\": \"NAME\","
                + " \"weight\": N} per line; entry and weight are optional (default: the application's own"
                + " requests).")
    private Path file;

    @Option(names = "--seed", paramLabel = "N",
            description = "The seed the load's requests are drawn with; every round and every measured setup gets"
                + " the same sequence (default: " + LoadRequests.DEFAULT_SEED + ").")
    private Long seed;

    /** @return whether {@code --requests} or {@code --seed} was given */
    public boolean given() {
        return file != null || seed != null;
    }

    /** @return whether {@code --requests} was given */
    public boolean fileGiven() {
        return file != null;
    }

    /** @return the seed given, or the default */
    public long seed() {
        return seed != null ? seed : LoadRequests.DEFAULT_SEED;
    }

    /** @return the requests chosen, to be resolved once the application is at hand */
    public RequestChoice choice() {
        return new RequestChoice(Optional.ofNullable(file), seed());
    }

    /**
     * Reads the file now, so that a bad line is reported before anything starts.
     *
     * @param application the application the requests go to
     * @return the requests
     * @throws io.fusionize.deploy.load.RequestFileException naming the file and line of a bad line
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    public LoadRequests check(Application application) {
        return choice().resolve(application);
    }
}
