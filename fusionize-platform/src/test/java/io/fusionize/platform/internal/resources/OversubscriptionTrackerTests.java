package io.fusionize.platform.internal.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class OversubscriptionTrackerTests {

    private final OversubscriptionTracker tracker = new OversubscriptionTracker(2);

    @Test
    void sharesWithinTheCoresAreFine() {
        OversubscriptionTracker.Ticket a = tracker.enter(1.0);
        OversubscriptionTracker.Ticket b = tracker.enter(1.0);

        assertThat(a.oversubscribed()).isFalse();
        assertThat(b.oversubscribed()).isFalse();
        assertThat(tracker.busyCores()).isEqualTo(2.0);
    }

    @Test
    void exceedingTheCoresFlagsEveryBusyInvocationForGood() {
        OversubscriptionTracker.Ticket a = tracker.enter(1.0);
        OversubscriptionTracker.Ticket b = tracker.enter(1.5);
        tracker.exit(b);
        OversubscriptionTracker.Ticket c = tracker.enter(0.5);

        assertThat(a.oversubscribed()).isTrue();
        assertThat(b.oversubscribed()).isTrue();
        assertThat(c.oversubscribed()).isFalse();
        tracker.exit(b);
        assertThat(tracker.busyCores()).isEqualTo(1.5);
    }

    @Test
    void theWarningCountsTheInvocationsFlaggedSinceThePreviousOneAtMostOncePerInterval() {
        AtomicLong nanos = new AtomicLong();
        List<String> warnings = new ArrayList<>();
        OversubscriptionTracker quietTracker = new OversubscriptionTracker(2,
                new RateLimitedWarning(OversubscriptionTracker.WARNING_INTERVAL, nanos::get, warnings::add));

        quietTracker.enter(1.0);
        quietTracker.enter(1.5);
        nanos.addAndGet(Duration.ofSeconds(29).toNanos());
        OversubscriptionTracker.Ticket third = quietTracker.enter(0.5);
        OversubscriptionTracker.Ticket fourth = quietTracker.enter(0.5);
        quietTracker.exit(fourth);
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        OversubscriptionTracker.Ticket fifth = quietTracker.enter(0.25);

        assertThat(third.oversubscribed()).isTrue();
        assertThat(fifth.oversubscribed()).isTrue();
        assertThat(warnings).containsExactly(
                "CPU oversubscribed: busy instances hold 2.50 vCPUs on 2 cores; 2 oversubscribed invocation(s)"
                        + " since the previous warning (at most one every 30 s); their timings are inflated"
                        + " and their reports say so",
                "CPU oversubscribed: busy instances hold 3.25 vCPUs on 2 cores; 3 oversubscribed invocation(s)"
                        + " since the previous warning (at most one every 30 s); their timings are inflated"
                        + " and their reports say so");
    }
}
