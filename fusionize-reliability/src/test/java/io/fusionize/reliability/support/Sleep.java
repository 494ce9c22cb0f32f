package io.fusionize.reliability.support;

/** Pauses between polls; an interrupt ends the pause and stays set. */
public final class Sleep {

    private Sleep() {
    }

    /** @param millis how long to pause */
    public static void millis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
