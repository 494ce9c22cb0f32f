package io.fusionize.cli.support;

/** Defaults that several commands share, so that they find each other's files without options. */
public final class CommandDefaults {

    /**
     * The state directory: a platform started with {@code fusionize platform start} keeps its
     * token there, and {@code fusionize run} keeps its loop state there.
     */
    public static final String STATE_DIRECTORY = "state";

    /** The port {@code fusionize platform start} listens on. */
    public static final int PLATFORM_PORT = 9000;

    /** The address of a platform started with the default port. */
    public static final String PLATFORM_URL = "http://127.0.0.1:" + PLATFORM_PORT;

    private CommandDefaults() {
    }
}
