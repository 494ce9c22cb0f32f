package io.fusionize.examples.synthetic;

import io.fusionize.protocol.lambda.LambdaLimits;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The parameters of a synthetic application's spec, in their canonical order: each with its key
 * in the spec text, its letter in the application's name, its bounds and its default.
 */
public enum SyntheticParameter {

    /** How many tasks the application has. */
    TASKS("tasks", "", true, 1, 100_000, null),
    /** The seed of the random graph and of each task's work. */
    SEED("seed", "", true, 0, Long.MAX_VALUE, null),
    /** The share of call edges that are async, from 0 to 1. */
    ASYNC("async", "a", false, 0, 1, 0.2),
    /** The most call hops from an entry task to any task; Fusionize stops call chains after 16. */
    DEPTH("depth", "d", true, 1, LambdaLimits.MAX_CALL_DEPTH, 8),
    /** The mean CPU work of a task, in ms. */
    CPU("cpu", "c", false, 0, 10_000, 1),
    /** The mean time a task waits, in ms, as for I/O. */
    WAIT("wait", "w", false, 0, 60_000, 0),
    /** The memory each task touches, in MB. */
    MEMORY("memory", "m", true, 0, 4_096, 0),
    /** The size of each task's result, in bytes; far below the 6 MB a sync response may carry. */
    PAYLOAD("payload", "p", true, 0, 1_000_000, 100),
    /** How many entry tasks the application has. */
    ENTRIES("entries", "e", true, 1, 100_000, 1);

    private static final Pattern WHOLE = Pattern.compile("\\d+");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");

    private final String key;
    private final String letter;
    private final boolean whole;
    private final BigDecimal min;
    private final BigDecimal max;
    private final BigDecimal defaultValue;

    SyntheticParameter(String key, String letter, boolean whole, long min, long max, Number defaultValue) {
        this.key = key;
        this.letter = letter;
        this.whole = whole;
        this.min = BigDecimal.valueOf(min);
        this.max = BigDecimal.valueOf(max);
        this.defaultValue = defaultValue == null ? null : new BigDecimal(defaultValue.toString());
    }

    /** @return the key in the spec text, e.g. {@code async} */
    public String key() {
        return key;
    }

    /** @return the letter before its value in the application's name; empty for the required ones */
    String letter() {
        return letter;
    }

    /** @return whether a spec must name it */
    public boolean required() {
        return defaultValue == null;
    }

    /** @return its value when a spec leaves it out; empty for the required ones */
    public Optional<BigDecimal> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /**
     * @param key a key of the spec text
     * @return the parameter with that key
     */
    static Optional<SyntheticParameter> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    /**
     * @param letter a letter of an application's name
     * @return the optional parameter with that letter
     */
    static Optional<SyntheticParameter> byLetter(String letter) {
        return Arrays.stream(values()).filter(p -> !p.required() && p.letter.equals(letter)).findFirst();
    }

    /**
     * @param text a value as written, e.g. {@code 0.3}
     * @return the value
     * @throws IllegalArgumentException when it is not a plain number of the right kind
     */
    BigDecimal read(String text) {
        if (!(whole ? WHOLE : DECIMAL).matcher(text).matches()) {
            throw new IllegalArgumentException(key + " must be " + (whole ? "a whole number" : "a number such as 0.5")
                    + ", was '" + text + "'");
        }
        return check(new BigDecimal(text));
    }

    /**
     * @param value a value
     * @return the value, when it lies within the bounds
     * @throws IllegalArgumentException when it does not
     */
    BigDecimal check(BigDecimal value) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(key + " must be between " + min + " and " + max + ", was "
                    + value.stripTrailingZeros().toPlainString());
        }
        return value;
    }
}
