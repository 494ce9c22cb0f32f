package io.fusionize.monitor.otel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Derives OpenTelemetry ids from the runtime's ids, so that records exported separately, in any
 * order, still form one trace with the right parents.
 */
final class SpanIds {

    private static final int TRACE_ID_HEX = 32;
    private static final int SPAN_ID_HEX = 16;

    private SpanIds() {
    }

    /** A UUID-like trace id keeps its digits; anything else is hashed. */
    static String traceId(String fusionizeTraceId) {
        String digits = fusionizeTraceId.replace("-", "").toLowerCase(Locale.ROOT);
        boolean usable = digits.length() == TRACE_ID_HEX && digits.chars().allMatch(SpanIds::isHex)
                && !digits.chars().allMatch(c -> c == '0');
        return usable ? digits : hash("trace:" + fusionizeTraceId, TRACE_ID_HEX);
    }

    static String invocationSpanId(String invocationId) {
        return hash("invocation:" + invocationId, SPAN_ID_HEX);
    }

    static String callSpanId(String invocationId, int callIndex) {
        return hash("call:" + invocationId + ":" + callIndex, SPAN_ID_HEX);
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }

    private static String hash(String seed, int hexDigits) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, hexDigits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
