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
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class VersionRouterTests {

    private static final int CLIENTS = 4;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

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
        AtomicLongArray leasesTaken = new AtomicLongArray(CLIENTS);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch stop = new CountDownLatch(1);
        for (int i = 0; i < CLIENTS; i++) {
            int client = i;
            clients.submit(() -> {
                while (stop.getCount() > 0) {
                    try (VersionRouter.Lease lease = router.acquire()) {
                        if (lease.version() < router.currentSetup().orElseThrow().version() - 1) {
                            violations.incrementAndGet();
                        }
                    }
                    leasesTaken.incrementAndGet(client);
                }
            });
        }
        for (int version = 2; version <= 50; version++) {
            VersionRouter.Slot old = router.switchTo(setup(version)).orElseThrow();
            assertThat(old.awaitDrained(PATIENCE)).isTrue();
            long servedAtDrain = old.served();
            awaitEveryClientLeasedAgain(leasesTaken);
            assertThat(old.served()).as("requests given to drained v%d", old.version()).isEqualTo(servedAtDrain);
        }
        stop.countDown();
        clients.shutdown();
        assertThat(clients.awaitTermination(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(violations).hasValue(0);
    }

    /**
     * Waits until every client has taken two more leases: the second began after this call, so
     * any lease a client was about to take on the drained version has been taken by then.
     */
    private static void awaitEveryClientLeasedAgain(AtomicLongArray leasesTaken) throws InterruptedException {
        long[] before = new long[leasesTaken.length()];
        for (int i = 0; i < before.length; i++) {
            before[i] = leasesTaken.get(i);
        }
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (int i = 0; i < before.length; i++) {
            while (leasesTaken.get(i) < before[i] + 2) {
                assertThat(System.nanoTime()).as("client %d leased again in time", i).isLessThan(deadline);
                Thread.sleep(1);
            }
        }
    }

    private static Setup setup(int version) {
        return new Setup("greeting", version, List.of());
    }
}
