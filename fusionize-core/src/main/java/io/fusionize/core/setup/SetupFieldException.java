package io.fusionize.core.setup;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A refused value of one field of a setup document. The field completes the path that the error
 * message shows, since Jackson's path ends at the object whose constructor refused it.
 */
final class SetupFieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    private SetupFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** @return the refused field's name */
    String field() {
        return field;
    }

    /**
     * Reads a whole number as written: {@code "512"} and {@code 512.9} are refused, not converted.
     *
     * @param node the bound value, present and not null
     * @param field the field's name
     * @param owner what the field belongs to, e.g. {@code "function I: "}, or empty
     * @param unit the unit in words, e.g. {@code " of MB"}, or empty
     * @return the number
     * @throws SetupFieldException when the value is not a whole number that fits an {@code int}
     */
    static int wholeNumber(JsonNode node, String field, String owner, String unit) {
        if (node.isNull()) {
            throw new SetupFieldException(field, owner + "'" + field + "' must not be null");
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            String value = node.isTextual() ? "the string " + node : node.toString();
            throw new SetupFieldException(field, owner + field + " must be a whole number" + unit + ", not " + value);
        }
        return node.intValue();
    }
}
