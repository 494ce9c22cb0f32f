package io.fusionize.deploy.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.api.Request;
import io.fusionize.api.RequestMix;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 300, unit = TimeUnit.SECONDS)
class GatewayRequestSenderTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final RequestMix SHOP = RequestMix.builder()
            .add(2, "read", random -> "{\"item\":" + random.nextInt(1_000) + "}")
            .add(1, "write", random -> "{\"item\":" + random.nextInt(1_000) + ",\"qty\":1}")
            .build();

    @Test
    void postsEachRequestToItsEntryAndKeepsTheRootRequestId() throws Exception {
        LoadRequests requests = new LoadRequests(SHOP, RequestOrigin.application(true, 42));
        try (RecordingGateway gateway = new RecordingGateway()) {
            GatewayRequestSender sender = GatewayRequestSender.of(gateway.uri(), "shop", requests, TIMEOUT);

            List<SendResult> results = new ArrayList<>();
            for (int n = 0; n < 10; n++) {
                results.add(sender.send(n));
            }

            assertThat(gateway.received()).containsExactlyElementsOf(expected(requests, 10));
            assertThat(gateway.received()).anyMatch(line -> line.startsWith("/apps/shop/write "));
            assertThat(results).allMatch(SendResult::success);
            assertThat(results.get(3).requestId()).contains("req-4");
        }
    }

    @Test
    void theSameSeedSendsTheSameSequenceAndAnotherSeedAnother() throws Exception {
        List<String> first = sendTen(42);
        List<String> again = sendTen(42);
        List<String> other = sendTen(43);

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(first).doesNotHaveDuplicates();
    }

    @Test
    void everyMeasuredLoadStartsAtRequestZero() throws Exception {
        LoadRequests requests = new LoadRequests(SHOP, RequestOrigin.application(true, 42));
        try (RecordingGateway gateway = new RecordingGateway()) {
            GatewayRequestSender sender = GatewayRequestSender.of(gateway.uri(), "shop", requests, TIMEOUT);

            for (String setup : List.of("all-remote", "optimized")) {
                // One worker sends in schedule order, as two compared setups are measured one after the other.
                LoadGenerator.builder(new ColdStartProfile(6, Duration.ofMillis(1)), sender).label(setup)
                        .concurrency(1).progress(ProgressListener.none()).build().run();
            }

            List<String> received = gateway.received();
            assertThat(received).hasSize(12);
            assertThat(received.subList(6, 12)).isEqualTo(received.subList(0, 6))
                    .containsExactlyElementsOf(expected(requests, 6));
        }
    }

    @Test
    void namesTheGatewaysErrorAsTheFailureCause() throws Exception {
        try (RecordingGateway gateway = new RecordingGateway()) {
            GatewayRequestSender sender = new GatewayRequestSender(gateway.uri(), "iot",
                    n -> new Request("I", "{\"fail\":true}"), TIMEOUT);

            SendResult result = sender.send(0);

            assertThat(result.success()).isFalse();
            assertThat(result.requestId()).contains("req-1");
            assertThat(result.failureCause()).contains("HTTP 502 TaskFailed: task CW failed");
        }
    }

    @Test
    void fallsBackToTheStatusWhenTheBodyIsNotAnError() {
        assertThat(GatewayRequestSender.cause(429, "slow down")).isEqualTo("HTTP 429");
        assertThat(GatewayRequestSender.cause(500, "{\"x\":1}")).isEqualTo("HTTP 500");
    }

    private static List<String> sendTen(long seed) throws Exception {
        LoadRequests requests = new LoadRequests(SHOP, RequestOrigin.application(true, seed));
        try (RecordingGateway gateway = new RecordingGateway()) {
            GatewayRequestSender sender = GatewayRequestSender.of(gateway.uri(), "shop", requests, TIMEOUT);
            for (int n = 0; n < 10; n++) {
                sender.send(n);
            }
            return gateway.received();
        }
    }

    private static List<String> expected(LoadRequests requests, int count) {
        List<String> lines = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            Request request = requests.draw(n);
            lines.add("/apps/shop/" + request.entry() + " " + request.json());
        }
        return lines;
    }
}
