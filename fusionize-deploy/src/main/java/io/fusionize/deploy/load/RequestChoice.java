package io.fusionize.deploy.load;

import io.fusionize.api.Application;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Which requests a load sends, as chosen before the application is at hand: a JSONL file of
 * requests (see {@link RequestFile}) or the application's own, and the seed.
 *
 * @param file a JSONL file of requests; empty for the application's own requests
 * @param seed the seed every request number's random is derived from
 */
public record RequestChoice(Optional<Path> file, long seed) {

    /** Checks the parts. */
    public RequestChoice {
        Objects.requireNonNull(file, "file must not be null");
    }

    /** @return the application's own requests with the default seed */
    public static RequestChoice defaults() {
        return new RequestChoice(Optional.empty(), LoadRequests.DEFAULT_SEED);
    }

    /**
     * @param application the application under load
     * @return the requests
     * @throws RequestFileException when the file has a bad line
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    public LoadRequests resolve(Application application) {
        Objects.requireNonNull(application, "application must not be null");
        return file.map(path -> new LoadRequests(RequestFile.read(path, application), RequestOrigin.file(path, seed)))
                .orElseGet(() -> LoadRequests.of(application, seed));
    }
}
