package io.fusionize.core.app;

import java.nio.file.Path;

/** An application jar that cannot be used: missing, unreadable, broken, or without a provider. */
public final class InvalidApplicationJarException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /**
     * @param file the jar or directory at fault
     * @param problem what is wrong with it, in a few words
     */
    public InvalidApplicationJarException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    /** @return the jar or directory at fault */
    public Path file() {
        return file;
    }
}
