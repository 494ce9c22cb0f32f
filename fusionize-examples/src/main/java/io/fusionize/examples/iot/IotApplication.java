package io.fusionize.examples.iot;

import io.fusionize.api.Application;
import io.fusionize.api.Calls;
import io.fusionize.examples.SeedRequests;
import java.util.Objects;

/**
 * The IoT traffic-monitoring application of the Fusionize++ evaluation: ten tasks, entry {@code I}.
 *
 * <pre>
 * I  -sync-&gt;  CW, then SE;  -async-&gt;  CT, CS, CA
 * CT -async-&gt; AS (on an ice warning)
 * CS -sync-&gt;  CSL and CSA, concurrently
 * CA -sync-&gt;  DJ;  -async-&gt; AS (on a jam)
 * </pre>
 *
 * <p>Its load sends {@code {"seed": N}} to {@code I}, which draws a sensor's readings from N.
 */
public final class IotApplication {

    /** The application's name. */
    public static final String NAME = "iot";
    /** AnalyzeSensor, the entry task. */
    public static final String ANALYZE_SENSOR = "I";
    /** CheckSensor. */
    public static final String CHECK_SENSOR = "CW";
    /** StoreEvent. */
    public static final String STORE_EVENT = "SE";
    /** CheckTemperature. */
    public static final String CHECK_TEMPERATURE = "CT";
    /** CheckSound. */
    public static final String CHECK_SOUND = "CS";
    /** CheckSoundLoud. */
    public static final String CHECK_SOUND_LOUD = "CSL";
    /** CheckSoundAccident. */
    public static final String CHECK_SOUND_ACCIDENT = "CSA";
    /** CheckAir. */
    public static final String CHECK_AIR = "CA";
    /** DetectJam. */
    public static final String DETECT_JAM = "DJ";
    /** ActionSignage. */
    public static final String ACTION_SIGNAGE = "AS";

    private IotApplication() {
    }

    /**
     * @param store the database the tasks read and write
     * @return the application
     */
    public static Application create(IotStore store) {
        Objects.requireNonNull(store, "store must not be null");
        return Application.builder(NAME)
                .entry(ANALYZE_SENSOR, new AnalyzeSensor(),
                        Calls.sync(CHECK_SENSOR, STORE_EVENT).andAsync(CHECK_TEMPERATURE, CHECK_SOUND, CHECK_AIR))
                .task(CHECK_SENSOR, new CheckSensor(), Calls.none())
                .task(STORE_EVENT, new StoreEvent(store), Calls.none())
                .task(CHECK_TEMPERATURE, new CheckTemperature(), Calls.async(ACTION_SIGNAGE))
                .task(CHECK_SOUND, new CheckSound(), Calls.sync(CHECK_SOUND_LOUD, CHECK_SOUND_ACCIDENT))
                .task(CHECK_SOUND_LOUD, new CheckSoundLoud(store), Calls.none())
                .task(CHECK_SOUND_ACCIDENT, new CheckSoundAccident(store), Calls.none())
                .task(CHECK_AIR, new CheckAir(), Calls.sync(DETECT_JAM).andAsync(ACTION_SIGNAGE))
                .task(DETECT_JAM, new DetectJam(store), Calls.none())
                .task(ACTION_SIGNAGE, new ActionSignage(store), Calls.none())
                .requests(SeedRequests.to(ANALYZE_SENSOR))
                .build();
    }
}
