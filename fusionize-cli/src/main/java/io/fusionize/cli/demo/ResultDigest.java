package io.fusionize.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short fingerprint of a JSON result, so that results of different runs compare at a glance.
 *
 * @param sha256Prefix the first 12 hex digits of the SHA-256 of the compact JSON
 * @param bytes the size of the compact JSON
 */
record ResultDigest(String sha256Prefix, int bytes) {

    /**
     * @param result a result
     * @return its fingerprint
     */
    static ResultDigest of(JsonNode result) {
        byte[] json = result.toString().getBytes(StandardCharsets.UTF_8);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json);
            return new ResultDigest(HexFormat.of().formatHex(hash, 0, 6), json.length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** @return e.g. {@code sha256 1a2b3c4d5e6f, 312 bytes} */
    @Override
    public String toString() {
        return "sha256 " + sha256Prefix + ", " + bytes + " bytes of JSON";
    }
}
