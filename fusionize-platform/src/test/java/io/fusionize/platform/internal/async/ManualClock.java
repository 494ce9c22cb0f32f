package io.fusionize.platform.internal.async;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves only when a test advances it. */
final class ManualClock extends Clock {

    private final AtomicLong epochMillis;

    ManualClock(Instant start) {
        this.epochMillis = new AtomicLong(start.toEpochMilli());
    }

    void advance(Duration duration) {
        epochMillis.addAndGet(duration.toMillis());
    }

    @Override
    public long millis() {
        return epochMillis.get();
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("ManualClock is always UTC");
    }
}
