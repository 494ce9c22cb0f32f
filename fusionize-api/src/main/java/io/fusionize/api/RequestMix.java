package io.fusionize.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;

/**
 * A {@link RequestSource} that picks one of several weighted kinds of request, e.g. 70 % reads
 * to one entry and 30 % writes to another, and lets each kind build its payload from the random.
 *
 * <pre>{@code
 * RequestMix.builder()
 *         .add(7, "read", random -> "{\"item\":" + random.nextInt(100) + "}")
 *         .add(3, "write", random -> "{\"item\":" + random.nextInt(100) + ",\"qty\":1}")
 *         .build();
 * }</pre>
 */
public final class RequestMix implements RequestSource {

    private final List<Kind> kinds;
    private final double totalWeight;

    private RequestMix(List<Kind> kinds) {
        this.kinds = List.copyOf(kinds);
        this.totalWeight = kinds.stream().mapToDouble(Kind::weight).sum();
    }

    /** @return a builder for a mix */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Request next(Random random) {
        double point = random.nextDouble() * totalWeight;
        for (Kind kind : kinds) {
            point -= kind.weight();
            if (point < 0) {
                return kind.draw(random);
            }
        }
        return kinds.get(kinds.size() - 1).draw(random); // rounding left the point at the very end
    }

    /** @return each entry's share of the requests, between 0 and 1, summed per entry */
    public Map<String, Double> entryShares() {
        Map<String, Double> shares = new LinkedHashMap<>();
        kinds.forEach(kind -> shares.merge(kind.entry(), kind.weight() / totalWeight, Double::sum));
        return shares;
    }

    /** One kind of request: its weight, entry and payload maker. */
    private record Kind(double weight, String entry, Function<Random, String> payload) {

        Request draw(Random random) {
            return new Request(entry, payload.apply(random));
        }
    }

    /** Collects the kinds of a mix. */
    public static final class Builder {

        private final List<Kind> kinds = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param weight how often this kind is drawn, relative to the others; positive
         * @param entry the entry task it goes to
         * @param payload makes the JSON payload from the request's random
         * @return this builder
         */
        public Builder add(double weight, String entry, Function<Random, String> payload) {
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weight of " + entry + " requests must be positive, was " + weight);
            }
            Objects.requireNonNull(entry, "entry must not be null");
            Objects.requireNonNull(payload, "payload must not be null");
            kinds.add(new Kind(weight, entry, payload));
            return this;
        }

        /**
         * @param weight how often this kind is drawn, relative to the others; positive
         * @param entry the entry task it goes to
         * @param json the same JSON payload every time
         * @return this builder
         */
        public Builder add(double weight, String entry, String json) {
            Objects.requireNonNull(json, "json must not be null");
            return add(weight, entry, random -> json);
        }

        /**
         * @return the mix
         * @throws IllegalStateException when no kind was added
         */
        public RequestMix build() {
            if (kinds.isEmpty()) {
                throw new IllegalStateException("a request mix needs at least one kind of request");
            }
            return new RequestMix(kinds);
        }
    }
}
