package io.fusionize.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The data the benchmark's tasks pass around: a list of small records, as JSON APIs carry.
 *
 * @param id the payload's name
 * @param items the records
 */
public record Payload(String id, List<Item> items) {

    /** The item count of the large payload, which serializes to 102,612 bytes of JSON (100 KiB). */
    public static final int LARGE_ITEM_COUNT = 1_790;

    /**
     * Copies the item list, so that a payload is immutable.
     *
     * @param id the payload's name
     * @param items the records
     */
    public Payload {
        items = List.copyOf(items);
    }

    /**
     * One record of a payload.
     *
     * @param id the record's number
     * @param name a short text
     * @param value a measurement
     */
    public record Item(int id, String name, double value) {
    }

    /**
     * @param size {@code small} for one item, {@code 100KB} for about 100 KB of JSON
     * @return the payload of that size
     * @throws IllegalArgumentException for another size
     */
    public static Payload ofSize(String size) {
        switch (size) {
            case "small":
                return withItems("small", 1);
            case "100KB":
                return withItems("large", LARGE_ITEM_COUNT);
            default:
                throw new IllegalArgumentException("payload size must be small or 100KB, was " + size);
        }
    }

    private static Payload withItems(String id, int count) {
        List<Item> items = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            items.add(new Item(index, "sensor-reading-" + index, index * 0.731));
        }
        return new Payload(id, items);
    }
}
