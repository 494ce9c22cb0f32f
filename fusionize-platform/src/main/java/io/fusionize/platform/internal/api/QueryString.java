package io.fusionize.platform.internal.api;

import io.fusionize.platform.PlatformException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Reads parameters from a raw query string. The servlet parameter map is not used on purpose: it
 * also parses form-typed bodies, and so consumes an invocation's payload.
 */
final class QueryString {

    private QueryString() {
    }

    /**
     * @param query the raw query string, or {@code null}
     * @param name a parameter name
     * @return the decoded value of the first parameter of that name, {@code ""} if it has no value,
     *     or {@code null} if it is absent
     * @throws PlatformException a 400 if the parameter is not validly percent-encoded
     */
    static String first(String query, String name) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (decoded(equals < 0 ? pair : pair.substring(0, equals)).equals(name)) {
                return equals < 0 ? "" : decoded(pair.substring(equals + 1));
            }
        }
        return null;
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalidParameter("The query parameter '" + text
                    + "' is not validly percent-encoded: " + e.getMessage());
        }
    }
}
