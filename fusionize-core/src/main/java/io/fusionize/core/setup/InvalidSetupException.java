package io.fusionize.core.setup;

import java.util.List;

/**
 * A setup that does not fit its application; carries every problem found.
 */
public class InvalidSetupException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /**
     * Creates the error.
     *
     * @param problems every problem found, at least one
     */
    public InvalidSetupException(List<String> problems) {
        super("invalid setup: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem found, one message each */
    public List<String> problems() {
        return problems;
    }
}
