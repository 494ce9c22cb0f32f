package io.fusionize.platform.internal.state;

import io.fusionize.platform.PlatformException;
import io.fusionize.protocol.lambda.LambdaApi;
import java.util.regex.Pattern;

/** Function names, qualifiers and ARNs in Lambda's forms. */
public final class FunctionNames {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");
    private static final Pattern ALIAS = Pattern.compile("(?!^[0-9]+$)[a-zA-Z0-9_-]{1,128}");
    private static final String ARN_PREFIX = "arn:aws:lambda:";
    /** Account id named in ARNs. */
    private static final String ACCOUNT_ID = "000000000000";
    private static final String FUNCTION_MARKER = ":function:";

    private final String region;

    /** @param region the region named in ARNs */
    public FunctionNames(String region) {
        this.region = region;
    }

    /**
     * A function reference split into name and qualifier.
     *
     * @param name the function's name
     * @param qualifier the version or alias, or {@code null}
     */
    public record Reference(String name, String qualifier) {
    }

    /**
     * Splits a {@code FunctionName} parameter, which may be a name, {@code name:qualifier}, a
     * partial ARN {@code account:function:name} or a full ARN, and merges the {@code Qualifier}
     * query parameter.
     *
     * @param functionName the path parameter
     * @param qualifierParameter the query parameter, or {@code null}
     * @return the reference
     * @throws PlatformException a 400 if the parts are malformed or the two qualifiers disagree
     */
    public static Reference parse(String functionName, String qualifierParameter) {
        String rest = functionName;
        int marker = rest.indexOf(FUNCTION_MARKER);
        if (marker >= 0) {
            rest = rest.substring(marker + FUNCTION_MARKER.length());
        }
        int colon = rest.indexOf(':');
        String name = colon < 0 ? rest : rest.substring(0, colon);
        String embedded = colon < 0 ? null : rest.substring(colon + 1);
        requireName(name);
        String qualifier = blankToNull(qualifierParameter);
        if (embedded != null && qualifier != null && !embedded.equals(qualifier)) {
            throw PlatformException.invalidParameter("The qualifier in the function name (" + embedded
                    + ") and the Qualifier parameter (" + qualifier + ") differ");
        }
        return new Reference(name, embedded != null ? embedded : qualifier);
    }

    /**
     * @param name a function name
     * @return the name
     * @throws PlatformException a 400 if it is not 1 to 64 letters, digits, hyphens or underscores
     */
    public static String requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw PlatformException.invalidParameter("Function name must be 1 to 64 letters, digits, '-' or '_': "
                    + name);
        }
        return name;
    }

    /**
     * @param alias an alias name
     * @return the alias
     * @throws PlatformException a 400 if it is malformed or all digits
     */
    public static String requireAlias(String alias) {
        if (alias == null || !ALIAS.matcher(alias).matches() || alias.equals(LambdaApi.LATEST)) {
            throw PlatformException.invalidParameter(
                    "Alias name must be 1 to 128 letters, digits, '-' or '_', and not all digits: " + alias);
        }
        return alias;
    }

    /**
     * @param name the function
     * @param qualifier a version or alias, or {@code null}
     * @return the function's ARN, qualified if a qualifier is given
     */
    public String arn(String name, String qualifier) {
        String arn = ARN_PREFIX + region + ":" + ACCOUNT_ID + FUNCTION_MARKER + name;
        return qualifier == null ? arn : arn + ":" + qualifier;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
