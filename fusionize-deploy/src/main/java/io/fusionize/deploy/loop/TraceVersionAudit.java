package io.fusionize.deploy.loop;

import io.fusionize.protocol.fusion.RecordTrace;
import io.fusionize.protocol.json.ProtocolJson;
import io.fusionize.protocol.telemetry.LogLines;
import java.io.IOException;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Checks from the invocation records that every request stays on one setup version: it remembers
 * the version of each trace and counts traces seen under two versions.
 */
public final class TraceVersionAudit {

    private static final int REMEMBERED_TRACES = 200_000;

    private final Map<String, Integer> versionByTrace = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > REMEMBERED_TRACES;
        }
    };
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong mixedTraces = new AtomicLong();

    /**
     * @param line one line of instance output; lines without a record are ignored, and a record is
     *     found wherever the monitor finds one
     */
    public void acceptLogLine(String line) {
        Optional<String> json = LogLines.recordJson(line);
        if (json.isEmpty()) {
            return;
        }
        try {
            RecordTrace record = ProtocolJson.mapper().readValue(json.get(), RecordTrace.class);
            accept(record.traceId(), record.setupVersion());
        } catch (IOException | RuntimeException unreadable) {
            // the monitor counts malformed records; this audit only needs the readable ones
        }
    }

    /**
     * @param traceId a record's trace id
     * @param setupVersion its setup version
     */
    public synchronized void accept(String traceId, int setupVersion) {
        if (traceId == null) {
            return;
        }
        records.incrementAndGet();
        Integer first = versionByTrace.putIfAbsent(traceId, setupVersion);
        if (first != null && first != setupVersion) {
            mixedTraces.incrementAndGet();
        }
    }

    /** @return records seen */
    public long records() {
        return records.get();
    }

    /** @return records whose trace had been seen under another version */
    public long mixedVersionRecords() {
        return mixedTraces.get();
    }
}
