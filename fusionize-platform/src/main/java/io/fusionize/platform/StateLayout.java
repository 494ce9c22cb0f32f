package io.fusionize.platform;

import java.nio.file.Path;

/**
 * The files and directories a platform keeps in its state directory. Clients that share the
 * machine find the bearer token through {@link #tokenFile(Path)}.
 */
public final class StateLayout {

    /** State file: the bearer token, owner-only. */
    public static final String TOKEN_FILE = "token";
    /** State file: one JSON report per line. */
    public static final String REPORTS_FILE = "reports.jsonl";
    /** State file: held locked by the running platform, so that no second one uses the directory. */
    public static final String PLATFORM_LOCK_FILE = "platform.lock";
    /** State directory: one JSON file per function. */
    public static final String FUNCTIONS_DIR = "functions";
    /** State directory: unpacked code, one directory per code hash. */
    public static final String CODE_DIR = "code";
    /** State directory: one log file per function. */
    public static final String LOGS_DIR = "logs";
    /** State directory: class-data-sharing archives. */
    public static final String CDS_DIR = "cds";
    /** State directory: the runtime's classes when they must be extracted from a bundle. */
    public static final String RUNTIME_DIR = "runtime";
    /** State directory: the async event queue. */
    public static final String ASYNC_DIR = "async";
    /** File in {@link #ASYNC_DIR}: the queue's SQLite database. */
    public static final String ASYNC_DATABASE_FILE = "async-events.db";
    /** File in {@link #ASYNC_DIR}: held locked by the queue that delivers from the database. */
    public static final String ASYNC_LOCK_FILE = "async-events.lock";

    private StateLayout() {
    }

    /**
     * @param stateDir a platform's state directory
     * @return the file that holds its bearer token
     */
    public static Path tokenFile(Path stateDir) {
        return stateDir.resolve(TOKEN_FILE);
    }
}
