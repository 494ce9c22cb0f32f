package io.fusionize.core.setup;

/**
 * A setup document, in JSON or in the text form, that cannot be read; it says where.
 */
public class SetupFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    /**
     * Creates the error.
     *
     * @param message what is wrong, including where
     * @param line the 1-based line of the problem, or 0 when unknown
     * @param column the 1-based column of the problem, or 0 when unknown
     */
    public SetupFormatException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /** @return the 1-based line of the problem, or 0 when unknown */
    public int line() {
        return line;
    }

    /** @return the 1-based column of the problem, or 0 when unknown */
    public int column() {
        return column;
    }
}
