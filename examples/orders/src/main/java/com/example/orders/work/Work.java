package com.example.orders.work;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Deterministic CPU work and simulated waiting, standing in for real computation and remote services. */
public final class Work {

    private Work() {
    }

    /**
     * Hashes a text over and over: the same text and rounds always give the same result.
     *
     * @param text what to hash
     * @param rounds how many times
     * @return the last hash, in hex
     */
    public static String digest(String text, int rounds) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] value = text.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < rounds; i++) {
                value = sha.digest(value);
            }
            return HexFormat.of().formatHex(value);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * @param text what to score
     * @param rounds how much work the score costs
     * @return a number from 0 to 99 derived from the text
     */
    public static int score(String text, int rounds) {
        return Integer.parseInt(digest(text, rounds).substring(0, 4), 16) % 100;
    }

    /**
     * Waits as a call to a remote service would.
     *
     * @param millis how long
     */
    public static void waitFor(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }
}
