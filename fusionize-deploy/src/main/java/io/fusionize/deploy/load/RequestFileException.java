package io.fusionize.deploy.load;

/** Signals a line of a request file that is not a valid request; the message names file and line. */
public final class RequestFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int lineNumber;

    /**
     * @param source the file or text the line came from
     * @param lineNumber the line's number, from 1
     * @param problem what is wrong with it
     */
    public RequestFileException(String source, int lineNumber, String problem) {
        super(source + " line " + lineNumber + ": " + problem);
        this.lineNumber = lineNumber;
    }

    /** @return the offending line's number, from 1 */
    public int lineNumber() {
        return lineNumber;
    }
}
