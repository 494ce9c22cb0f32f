package io.fusionize.deploy.load;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a load's requests come from and the seed they are drawn with, as summaries and console
 * headers name them.
 *
 * @param source {@value #APPLICATION} (the application's own request source), {@value #DEFAULT}
 *     (the default that spreads {@code {"seed": N}} over the entries) or {@value #FILE} (a JSONL
 *     file of requests)
 * @param file the file, when the source is {@value #FILE}
 * @param seed the seed every request number's random is derived from
 */
public record RequestOrigin(String source, Optional<Path> file, long seed) {

    /** The application's own request source. */
    public static final String APPLICATION = "application";
    /** The default request source of an application without one of its own. */
    public static final String DEFAULT = "default";
    /** A JSONL file of requests. */
    public static final String FILE = "file";

    /** Checks that a file is named exactly when the source is one. */
    public RequestOrigin {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(file, "file must not be null");
        if (!source.equals(APPLICATION) && !source.equals(DEFAULT) && !source.equals(FILE)) {
            throw new IllegalArgumentException("unknown request source '" + source + "'");
        }
        if (source.equals(FILE) != file.isPresent()) {
            throw new IllegalArgumentException("a file names the requests exactly when the source is 'file'");
        }
    }

    /**
     * @param ownSource whether the application provides its own request source
     * @param seed the seed
     * @return the origin of an application's requests
     */
    public static RequestOrigin application(boolean ownSource, long seed) {
        return new RequestOrigin(ownSource ? APPLICATION : DEFAULT, Optional.empty(), seed);
    }

    /**
     * @param file a JSONL file of requests
     * @param seed the seed
     * @return the origin of that file's requests
     */
    public static RequestOrigin file(Path file, long seed) {
        return new RequestOrigin(FILE, Optional.of(file), seed);
    }

    /** @return the origin in words, e.g. {@code requests from reqs.jsonl, seed 42} */
    public String describe() {
        String what = switch (source) {
            case APPLICATION -> "the application's own requests";
            case DEFAULT -> "the default requests ({\"seed\": N} to an entry drawn at random)";
            default -> "requests from " + file.orElseThrow();
        };
        return what + ", seed " + seed;
    }
}
