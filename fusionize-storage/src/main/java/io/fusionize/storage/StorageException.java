package io.fusionize.storage;

/** A database failure, naming the file it happened in. */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, including the database file
     * @param cause the driver's error
     */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
