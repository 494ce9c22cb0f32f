package io.fusionize.protocol.fusion;

import java.util.OptionalInt;

/**
 * How a setup's functions and versions are named on a platform: the function with entry task
 * {@code T} of application {@code APP} is {@code APP-T}, and setup version {@code N} is published
 * under the alias {@code vN}.
 */
public final class FunctionNaming {

    /** Prefix of the alias under which a setup version is published: {@code v3}. */
    public static final String VERSION_ALIAS_PREFIX = "v";
    /** What joins application and entry task in a function name. */
    public static final String SEPARATOR = "-";

    private FunctionNaming() {
    }

    /**
     * @param application the application's name
     * @param entryTask the function's entry task
     * @return the platform function name, {@code APP-ENTRY}
     */
    public static String functionName(String application, String entryTask) {
        return application + SEPARATOR + entryTask;
    }

    /**
     * @param application the application's name
     * @param functionName a platform function name
     * @return whether the function belongs to the application
     */
    public static boolean belongsTo(String application, String functionName) {
        return functionName != null && functionName.startsWith(application + SEPARATOR);
    }

    /**
     * @param application the application's name
     * @param functionName a platform function name of that application
     * @return the function's entry task
     * @throws IllegalArgumentException when the function does not belong to the application
     */
    public static String entryTask(String application, String functionName) {
        if (!belongsTo(application, functionName)) {
            throw new IllegalArgumentException("function '" + functionName + "' is not named "
                    + application + SEPARATOR + "ENTRY");
        }
        return functionName.substring(application.length() + SEPARATOR.length());
    }

    /**
     * @param setupVersion a setup version
     * @return the alias that version is published under, e.g. {@code v3}
     */
    public static String qualifier(int setupVersion) {
        return VERSION_ALIAS_PREFIX + setupVersion;
    }

    /**
     * @param qualifier an alias such as {@code v3}
     * @return the setup version it names, or empty when it names none
     */
    public static OptionalInt setupVersion(String qualifier) {
        if (qualifier == null || !qualifier.startsWith(VERSION_ALIAS_PREFIX)
                || qualifier.length() == VERSION_ALIAS_PREFIX.length()) {
            return OptionalInt.empty();
        }
        String digits = qualifier.substring(VERSION_ALIAS_PREFIX.length());
        if (!digits.chars().allMatch(Character::isDigit) || digits.length() > 9) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(digits));
    }
}
