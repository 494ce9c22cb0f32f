package io.fusionize.examples.iot;

import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import io.fusionize.examples.iot.model.Reading;
import io.fusionize.examples.iot.model.StoredEvent;
import java.util.Objects;

/** SE: persists a reading with one write to the sensor event table. */
public final class StoreEvent implements Task<Reading, StoredEvent> {

    private final IotStore store;

    /** @param store where the event is written */
    public StoreEvent(IotStore store) {
        this.store = Objects.requireNonNull(store, "store must not be null");
    }

    /**
     * @param reading a reading
     * @return the key of the reading's event: its request key and kind, never a generated id
     */
    public static String eventId(Reading reading) {
        return reading.requestKey() + "/" + reading.kind();
    }

    /**
     * Stores one reading.
     *
     * @param reading the reading
     * @param context unused: the task calls nothing
     * @return the stored event's key
     */
    @Override
    public StoredEvent run(Reading reading, TaskContext context) {
        String eventId = eventId(reading);
        store.saveEvent(eventId, reading.sensorId(), reading.kind(), reading.value());
        return new StoredEvent(eventId);
    }
}
