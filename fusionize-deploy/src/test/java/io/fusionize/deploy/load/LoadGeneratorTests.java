package io.fusionize.deploy.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.fusionize.api.Request;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LoadGeneratorTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** How long a test waits for a signal that should come at once. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static GatewayRequestSender senderTo(URI uri) {
        return new GatewayRequestSender(uri, "echo", sequence -> new Request("echo", "{\"seq\":" + sequence + "}"),
                TIMEOUT);
    }

    private static LoadResult run(LoadProfile profile, RequestSender sender, int concurrency) {
        return LoadGenerator.builder(profile, sender).concurrency(concurrency)
                .progress(ProgressListener.none()).build().run();
    }

    @Test
    void sendsEveryRequestWhileEarlierOnesAreStillUnanswered() throws Exception {
        int requests = 8;
        CountDownLatch allArrived = new CountDownLatch(requests);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        try (LocalHttpServer server = new LocalHttpServer(body -> {
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            allArrived.countDown();
            // No response leaves before every request has arrived: a closed loop would stall here.
            allArrived.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            inFlight.decrementAndGet();
            return 200;
        })) {
            LoadResult result = run(LoadProfiles.constant(40, Duration.ofMillis(200)), senderTo(server.uri()), 64);

            assertThat(result.issued()).isEqualTo(requests);
            assertThat(maxInFlight.get()).isEqualTo(requests);
            assertThat(result.failed()).isZero();
        }
    }

    @Test
    void correctedLatencyIncludesTheWaitBehindASlowEndpoint() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer(body -> {
            Thread.sleep(100);
            return 200;
        })) {
            // One worker and 10 requests in 0.5 s against a 100 ms endpoint: requests queue for up to ~0.5 s.
            LoadResult result = run(LoadProfiles.constant(20, Duration.ofMillis(500)), senderTo(server.uri()), 1);

            assertThat(result.succeeded()).isEqualTo(10);
            assertThat(result.latencyMillis(99)).isGreaterThanOrEqualTo(result.serviceTimeMillis(99));
            assertThat(result.latencyMillis(99)).isGreaterThan(result.serviceTimeMillis(50) * 3);
            assertThat(result.samples()).allSatisfy(sample ->
                    assertThat(sample.latencyNanos()).isGreaterThanOrEqualTo(sample.serviceNanos()));
        }
    }

    @Test
    void samplesKeepTheirScheduledTimesAndIds() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer(body -> 200)) {
            LoadProfile profile = LoadProfiles.constant(50, Duration.ofMillis(100));
            LoadResult result = run(profile, senderTo(server.uri()), 4);

            List<Long> intended = new ArrayList<>();
            result.samples().forEach(sample -> intended.add(sample.intendedNanos()));
            assertThat(intended).containsExactly(0L, 20_000_000L, 40_000_000L, 60_000_000L, 80_000_000L);
            assertThat(result.samples()).extracting(sample -> sample.requestId().orElseThrow())
                    .containsExactly("req-0", "req-1", "req-2", "req-3", "req-4");
            assertThat(result.workload()).isEqualTo(profile.description());
        }
    }

    @Test
    void countsFailuresWithTheirCauses() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer(body -> body.matches(".*[13579]}") ? 502 : 200)) {
            LoadResult result = run(LoadProfiles.constant(100, Duration.ofMillis(100)), senderTo(server.uri()), 4);

            assertThat(result.issued()).isEqualTo(10);
            assertThat(result.failed()).isEqualTo(5);
            assertThat(result.failureCauses()).containsExactly(java.util.Map.entry("HTTP 502", 5L));
            assertThat(result.latency().getTotalCount()).isEqualTo(5);
        }
    }

    @Test
    void namesTheExceptionOfARequestThatCouldNotBeSent() throws Exception {
        URI closed;
        try (LocalHttpServer server = new LocalHttpServer(body -> 200)) {
            closed = server.uri();
        }
        LoadResult result = run(new ColdStartProfile(2, Duration.ofMillis(10)), senderTo(closed), 2);

        assertThat(result.failed()).isEqualTo(2);
        assertThat(result.failureCauses().keySet()).singleElement().asString().contains("ConnectException");
    }

    @Test
    void stopsAtTheCountBoundAndGivesUpOnHangingRequestsAfterTheDrainTimeout() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (LocalHttpServer server = new LocalHttpServer(body -> {
            // held far longer than the drain timeout: only giving up can end these requests in time
            release.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            return 200;
        })) {
            LoadResult result = LoadGenerator.builder(LoadProfiles.constant(100, Duration.ofSeconds(10)),
                            senderTo(server.uri()))
                    .maxRequests(3).drainTimeout(Duration.ofMillis(300)).progress(ProgressListener.none()).build().run();
            release.countDown();

            assertThat(result.scheduled()).isEqualTo(3);
            assertThat(result.failed()).isEqualTo(3);
            assertThat(result.failureCauses().keySet()).singleElement().asString().startsWith("unfinished");
        }
    }

    @Test
    void reportsProgressUntilEveryRequestHasAnOutcome() throws Exception {
        List<Progress> finals = new ArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void update(Progress progress) {
            }

            @Override
            public void finish(Progress progress) {
                finals.add(progress);
            }
        };
        try (LocalHttpServer server = new LocalHttpServer(body -> 200)) {
            LoadGenerator.builder(LoadProfiles.constant(100, Duration.ofMillis(50)), senderTo(server.uri()))
                    .label("all-remote").progress(listener).build().run();
        }
        assertThat(finals).singleElement().satisfies(last -> {
            assertThat(last.completed()).isEqualTo(5);
            assertThat(last.total()).isEqualTo(5);
            assertThat(last.label()).isEqualTo("all-remote");
        });
    }

    @Test
    void aThrowingSenderCountsAsAFailureNamedByItsException() {
        RequestSender broken = sequence -> {
            throw new IllegalStateException("gateway not started");
        };
        LoadResult result = run(new ColdStartProfile(3, Duration.ofMillis(1)), broken, 2);

        assertThat(result.failureCauses()).containsExactly(
                java.util.Map.entry("IllegalStateException: gateway not started", 3L));
    }

    @Test
    void anInterruptedRunStopsSendingAndReturnsWhatItHas() throws Exception {
        AtomicInteger sent = new AtomicInteger();
        RequestSender counting = sequence -> {
            sent.incrementAndGet();
            return SendResult.succeeded();
        };
        LoadGenerator generator = LoadGenerator.builder(LoadProfiles.coldStart(3, Duration.ofSeconds(30)), counting)
                .progress(ProgressListener.none()).build();
        LoadResult[] result = new LoadResult[1];
        boolean[] stillInterrupted = new boolean[1];
        Thread runner = new Thread(() -> {
            result[0] = generator.run();
            stillInterrupted[0] = Thread.currentThread().isInterrupted();
        });
        runner.start();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (sent.get() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        runner.interrupt();
        runner.join(PATIENCE.toMillis());

        assertThat(runner.isAlive()).isFalse();
        assertThat(result[0].issued()).isEqualTo(1);
        assertThat(result[0].scheduled()).isEqualTo(3);
        assertThat(stillInterrupted[0]).isTrue();
    }
}
