package io.fusionize.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RequestMixTests {

    private static final int DRAWS = 10_000;

    @Test
    void drawsEachKindRoughlyByItsWeight() {
        RequestMix mix = RequestMix.builder()
                .add(1, "read", "{\"kind\":\"a\"}")
                .add(2, "read", "{\"kind\":\"b\"}")
                .add(7, "write", "{\"kind\":\"c\"}")
                .build();
        Random random = new Random(11);
        Map<String, Integer> counts = new HashMap<>();

        for (int i = 0; i < DRAWS; i++) {
            counts.merge(mix.next(random).json(), 1, Integer::sum);
        }

        // Expected 1,000, 2,000 and 7,000; 300 is over six standard deviations of each count.
        assertThat(counts.get("{\"kind\":\"a\"}")).isBetween(700, 1_300);
        assertThat(counts.get("{\"kind\":\"b\"}")).isBetween(1_700, 2_300);
        assertThat(counts.get("{\"kind\":\"c\"}")).isBetween(6_700, 7_300);
    }

    @Test
    void sendsEachKindToItsEntryWithThePayloadItsMakerDraws() {
        RequestMix mix = RequestMix.builder()
                .add(1, "read", random -> "{\"item\":" + random.nextInt(100) + "}")
                .add(1, "write", "{\"qty\":1}")
                .build();

        List<Request> first = draws(mix, 20);
        List<Request> again = draws(mix, 20);

        assertThat(again).isEqualTo(first);
        assertThat(first).extracting(Request::entry).contains("read", "write");
        assertThat(first).allSatisfy(request -> assertThat(request.json())
                .matches(request.entry().equals("write") ? "\\{\"qty\":1}" : "\\{\"item\":\\d{1,2}}"));
    }

    @Test
    void entrySharesSumTheWeightsOfEachEntry() {
        RequestMix mix = RequestMix.builder().add(1, "read", "{}").add(1, "read", "{}").add(2, "write", "{}").build();

        assertThat(mix.entryShares()).containsExactly(Map.entry("read", 0.5), Map.entry("write", 0.5));
    }

    @Test
    void refusesWeightsThatAreNotPositiveAndFinite() {
        for (double weight : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> RequestMix.builder().add(weight, "read", "{}"))
                    .as("weight %s", weight)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("weight of read requests must be positive, was " + weight);
        }
    }

    @Test
    void refusesAnEmptyMix() {
        assertThatThrownBy(() -> RequestMix.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a request mix needs at least one kind of request");
    }

    @Test
    void aRequestNeedsAnEntryAndAPayload() {
        assertThatThrownBy(() -> new Request(" ", "{}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("entry must not be blank");
        assertThatThrownBy(() -> new Request("read", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("payload of a request to read must not be empty");
        assertThatThrownBy(() -> new Request(null, "{}")).isInstanceOf(NullPointerException.class);
    }

    private static List<Request> draws(RequestMix mix, int count) {
        Random random = new Random(3);
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            requests.add(mix.next(random));
        }
        return requests;
    }
}
