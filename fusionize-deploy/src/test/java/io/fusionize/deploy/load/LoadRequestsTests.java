package io.fusionize.deploy.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.api.Application;
import io.fusionize.api.Calls;
import io.fusionize.api.Request;
import io.fusionize.api.RequestMix;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LoadRequestsTests {

    private final Application shop = ShopApplication.create();

    @TempDir
    Path directory;

    @Test
    void theSameSeedDrawsTheSameRequestForEveryNumber() {
        List<Request> first = draws(LoadRequests.of(shop, 42), 100);
        List<Request> second = draws(LoadRequests.of(shop, 42), 100);

        assertThat(second).isEqualTo(first);
        assertThat(first).extracting(Request::entry).contains("read", "write");
        assertThat(first.stream().distinct().count()).as("distinct requests").isGreaterThan(90);
    }

    @Test
    void aDifferentSeedDrawsADifferentSequence() {
        List<Request> seed42 = draws(LoadRequests.of(shop, 42), 20);
        List<Request> seed43 = draws(LoadRequests.of(shop, 43), 20);

        long same = IntStream.range(0, 20).filter(n -> seed42.get(n).equals(seed43.get(n))).count();
        assertThat(same).isZero();
    }

    @Test
    void neighbouringNumbersDrawIndependently() {
        RequestMix halves = RequestMix.builder().add(1, "read", "{}").add(1, "write", "{}").build();
        List<Request> requests = draws(new LoadRequests(halves, RequestOrigin.application(true, 7)), 10_000);

        long reads = requests.stream().filter(request -> request.entry().equals("read")).count();
        long changes = IntStream.range(1, requests.size())
                .filter(n -> !requests.get(n).entry().equals(requests.get(n - 1).entry())).count();
        // Both expected 5,000; numbered seeds that were not mixed would change entry rarely.
        assertThat(reads).isBetween(4_500L, 5_500L);
        assertThat(changes).isBetween(4_500L, 5_500L);
    }

    @Test
    void theOriginSaysWhetherTheApplicationHasItsOwnRequests() {
        Application own = Application.builder("own").entry("read", Object.class, (input, context) -> input,
                Calls.none()).requests(random -> new Request("read", "{}")).build();

        assertThat(LoadRequests.of(shop, 5).origin()).isEqualTo(RequestOrigin.application(false, 5));
        assertThat(LoadRequests.of(shop, 5).origin().describe())
                .isEqualTo("the default requests ({\"seed\": N} to an entry drawn at random), seed 5");
        assertThat(LoadRequests.of(own, 5).origin().source()).isEqualTo(RequestOrigin.APPLICATION);
        assertThat(LoadRequests.of(own, 5).origin().describe()).isEqualTo("the application's own requests, seed 5");
    }

    @Test
    void aChoiceOfFileResolvesToTheFilesRequests() throws Exception {
        Path file = Files.writeString(directory.resolve("requests.jsonl"), "{\"payload\": {\"item\": 1}}\n");

        LoadRequests requests = new RequestChoice(Optional.of(file), 9).resolve(shop);

        assertThat(requests.origin()).isEqualTo(RequestOrigin.file(file, 9));
        assertThat(requests.origin().describe()).isEqualTo("requests from " + file + ", seed 9");
        assertThat(requests.draw(3)).isEqualTo(new Request("read", "{\"item\":1}"));
        assertThat(RequestChoice.defaults().resolve(shop).origin())
                .isEqualTo(RequestOrigin.application(false, LoadRequests.DEFAULT_SEED));
    }

    private static List<Request> draws(LoadRequests requests, int count) {
        List<Request> drawn = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            drawn.add(requests.draw(n));
        }
        return drawn;
    }
}
