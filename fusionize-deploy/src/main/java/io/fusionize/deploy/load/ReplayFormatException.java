package io.fusionize.deploy.load;

/** Signals a line of a replay file that is not a valid timestamp; the message names the line. */
public final class ReplayFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int lineNumber;

    /**
     * @param source the file or stream the line came from
     * @param lineNumber the line's number, from 1
     * @param problem what is wrong with it
     */
    public ReplayFormatException(String source, int lineNumber, String problem) {
        super(source + " line " + lineNumber + ": " + problem);
        this.source = source;
        this.lineNumber = lineNumber;
    }

    /** @return the file or stream the line came from */
    public String source() {
        return source;
    }

    /** @return the offending line's number, from 1 */
    public int lineNumber() {
        return lineNumber;
    }
}
