package io.fusionize.deploy.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.core.setup.Setup;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VersionRouterTests {

    private final VersionRouter router = new VersionRouter();

    @Test
    void leaseKeepsItsVersionAcrossASwitchAndTheOldVersionDrainsWhenItCloses() throws Exception {
        router.switchTo(setup(1));
        VersionRouter.Lease early = router.acquire();

        VersionRouter.Slot previous = router.switchTo(setup(2)).orElseThrow();
        VersionRouter.Lease late = router.acquire();

        assertThat(early.version()).isEqualTo(1);
        assertThat(late.version()).isEqualTo(2);
        assertThat(previous.awaitDrained(Duration.ofMillis(20))).isFalse();
        early.close();
        early.close();
        assertThat(previous.awaitDrained(Duration.ofMillis(20))).isTrue();
        assertThat(previous.inFlight()).isZero();
        late.close();
    }

    @Test
    void refusesLeasesBeforeAnyVersion() {
        assertThatThrownBy(router::acquire).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no setup version");
    }

    @Test
    void noLeaseIsEverTakenOnADrainedVersion() throws Exception {
        router.switchTo(setup(1));
        AtomicInteger violations = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        CountDownLatch stop = new CountDownLatch(1);
        for (int i = 0; i < 4; i++) {
            clients.submit(() -> {
                while (stop.getCount() > 0) {
                    try (VersionRouter.Lease lease = router.acquire()) {
                        if (lease.version() < router.currentSetup().orElseThrow().version() - 1) {
                            violations.incrementAndGet();
                        }
                    }
                }
            });
        }
        for (int version = 2; version <= 50; version++) {
            VersionRouter.Slot old = router.switchTo(setup(version)).orElseThrow();
            assertThat(old.awaitDrained(Duration.ofSeconds(5))).isTrue();
            long servedAtDrain = old.served();
            Thread.sleep(1);
            assertThat(old.served()).as("requests given to drained v%d", old.version()).isEqualTo(servedAtDrain);
        }
        stop.countDown();
        clients.shutdown();
        assertThat(clients.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        assertThat(violations).hasValue(0);
    }

    private static Setup setup(int version) {
        return new Setup("greeting", version, List.of());
    }
}
