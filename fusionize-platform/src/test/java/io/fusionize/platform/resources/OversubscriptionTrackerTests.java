package io.fusionize.platform.resources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
