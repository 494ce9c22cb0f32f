package io.fusionize.protocol.telemetry;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One answer of the telemetry feed, {@code GET /2015-03-31/local/telemetry?after=SEQ&waitMs=MS}.
 *
 * @param next the sequence number to pass as {@code after} next
 * @param latest the newest item's sequence number, 0 when there is none yet; a reader that wants
 *     only later items passes it as {@code after}
 * @param dropped whether items the reader had not seen were dropped, because it fell behind or
 *     the platform restarted
 * @param items the items, oldest first
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"next", "latest", "dropped", "items"})
public record TelemetryPage(long next, long latest, boolean dropped, List<TelemetryItem> items) {

    /** Path of the feed on the local platform; not part of Lambda's API. */
    public static final String PATH = "/2015-03-31/local/telemetry";
    /** Query parameter: the last sequence number the client has seen. */
    public static final String QUERY_AFTER = "after";
    /** Query parameter: how long to wait for a new item, in ms. */
    public static final String QUERY_WAIT_MS = "waitMs";
    /** The longest wait the feed grants, in ms. */
    public static final long MAX_WAIT_MS = 30_000;

    /** Replaces an absent list with an empty one and freezes it. */
    public TelemetryPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
