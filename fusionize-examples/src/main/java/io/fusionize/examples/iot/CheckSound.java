package io.fusionize.examples.iot;

import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import io.fusionize.examples.iot.model.AccidentCheck;
import io.fusionize.examples.iot.model.LoudnessCheck;
import io.fusionize.examples.iot.model.SoundAnalysis;
import io.fusionize.examples.iot.model.SoundReading;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** CS: runs the loudness and accident checks concurrently and awaits both. */
public final class CheckSound implements Task<SoundReading, SoundAnalysis> {

    /**
     * Analyses one sound reading.
     *
     * @param reading the sound reading
     * @param context used to call CheckSoundLoud and CheckSoundAccident
     * @return both checks' results
     */
    @Override
    public SoundAnalysis run(SoundReading reading, TaskContext context) {
        CompletableFuture<LoudnessCheck> loudness =
                context.callConcurrently(IotApplication.CHECK_SOUND_LOUD, reading, LoudnessCheck.class);
        CompletableFuture<AccidentCheck> accident =
                context.callConcurrently(IotApplication.CHECK_SOUND_ACCIDENT, reading, AccidentCheck.class);
        return new SoundAnalysis(reading.sensorId(), await(loudness), await(accident));
    }

    private static <R> R await(CompletableFuture<R> call) {
        try {
            return call.join();
        } catch (CompletionException e) {
            // Rethrow the callee's own failure, so that CS's caller sees its type, not the wrapper's.
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
