package io.fusionize.cli.support;

/** Something the user gave is wrong; the command reports its message on one line and exits 1. */
public class UserInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param message what is wrong and, where possible, how to fix it
     */
    public UserInputException(String message) {
        super(message);
    }
}
