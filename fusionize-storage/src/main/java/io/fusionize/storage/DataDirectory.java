package io.fusionize.storage;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where an application's functions keep the database files they share: the directory that
 * {@value #ENVIRONMENT_VARIABLE} names, one file per application in it.
 */
public final class DataDirectory {

    /** The environment variable naming the directory; every process of one run must agree on it. */
    public static final String ENVIRONMENT_VARIABLE = "FUSIONIZE_DATA_DIR";

    private static final String DEFAULT_FOLDER = "fusionize-data";

    private DataDirectory() {
    }

    /**
     * @return the directory named by {@value #ENVIRONMENT_VARIABLE}, else
     *     {@code java.io.tmpdir/fusionize-data}
     */
    public static Path fromEnvironment() {
        return resolve(System.getenv());
    }

    /**
     * @param environment the environment variables to read
     * @return the directory named by {@value #ENVIRONMENT_VARIABLE} in them, else the default
     */
    public static Path resolve(Map<String, String> environment) {
        Objects.requireNonNull(environment, "environment must not be null");
        String configured = environment.get(ENVIRONMENT_VARIABLE);
        if (configured == null || configured.isBlank()) {
            return Path.of(System.getProperty("java.io.tmpdir"), DEFAULT_FOLDER);
        }
        return Path.of(configured);
    }

    /**
     * @param directory the data directory
     * @param applicationName an application's name
     * @return the database file of that application inside the directory
     */
    public static Path databaseFile(Path directory, String applicationName) {
        Objects.requireNonNull(directory, "directory must not be null");
        Objects.requireNonNull(applicationName, "application name must not be null");
        return directory.resolve(applicationName + ".db");
    }
}
