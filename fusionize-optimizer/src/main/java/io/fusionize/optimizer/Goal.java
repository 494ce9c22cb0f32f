package io.fusionize.optimizer;

import java.util.Locale;

/**
 * What an optimizer aims for: {@code balanced} (latency and cost together, the default),
 * {@code latency} (the lowest median), {@code cost} (the lowest cost per 1,000 requests),
 * {@code p95<=MS} (the lowest cost among setups whose p95 is at most MS) or
 * {@code cost<=USD_PER_1K} (the lowest median among setups costing at most that per 1,000
 * requests).
 *
 * <p>Every goal is read as a bound, possibly none, and a figure to minimize among the setups that
 * meet it. A setup that misses the bound is ranked by how far it misses, so that when no setup
 * meets it the closest one wins.
 */
public sealed interface Goal {

    /** The default goal: each optimizer's own trade-off of latency against cost. */
    Goal BALANCED = new Balanced();
    /** The lowest median latency, whatever it costs. */
    Goal LATENCY = new Latency();
    /** The lowest cost per 1,000 requests, however slow. */
    Goal COST = new Cost();

    /**
     * @param text {@code balanced}, {@code latency}, {@code cost}, {@code p95<=MS} or
     *     {@code cost<=USD_PER_1K}, e.g. {@code p95<=250} or {@code cost<=0.02}
     * @return the goal it names
     * @throws IllegalArgumentException with one line naming the forms allowed, when it names none
     */
    static Goal parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "balanced" -> BALANCED;
            case "latency" -> LATENCY;
            case "cost" -> COST;
            default -> parseBound(t, text);
        };
    }

    // The number is read from the text as given, so that an error quotes it unchanged.
    private static Goal parseBound(String t, String text) {
        if (t.startsWith("p95<=")) {
            return new P95Bound(positive(text.strip().substring(5), text, "milliseconds"));
        }
        if (t.startsWith("cost<=")) {
            return new CostBound(positive(text.strip().substring(6), text, "US dollars per 1,000 requests"));
        }
        throw new IllegalArgumentException(invalid(text, "it names no objective"));
    }

    private static double positive(String number, String text, String unit) {
        double value;
        try {
            value = Double.parseDouble(number.strip());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(invalid(text, "'" + number + "' is not a number of " + unit));
        }
        // NaN and infinity parse too; neither bounds anything.
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(invalid(text, "the bound must be a positive number of " + unit));
        }
        return value;
    }

    private static String invalid(String text, String why) {
        return "invalid objective '" + text + "': " + why + "; use balanced, latency, cost, p95<=MS or "
                + "cost<=USD_PER_1K";
    }

    /** @return the goal as {@link #parse} reads it, e.g. {@code p95<=250} */
    String label();

    /** @return the goal in words, e.g. "the lowest cost per 1,000 requests among setups whose p95 is at most 250 ms" */
    String describe();

    /** @return whether this is {@link #BALANCED}, each optimizer's default trade-off */
    default boolean balanced() {
        return this instanceof Balanced;
    }

    /**
     * @param p50Ms a setup's median latency
     * @param costUsd its cost per 1,000 requests
     * @return the figure to minimize among setups that meet the bound: the median or the cost;
     *     for {@link #BALANCED}, the median (each optimizer weighs cost in its own way)
     */
    double figure(double p50Ms, double costUsd);

    /**
     * @param p95Ms a setup's 95th percentile latency
     * @param costUsd its cost per 1,000 requests
     * @return by how much it misses the bound, relative to the bound; 0 when it meets it
     */
    default double miss(double p95Ms, double costUsd) {
        return 0;
    }

    /** @return whether this goal minimizes cost rather than latency */
    default boolean minimizesCost() {
        return false;
    }

    /** Each optimizer's own trade-off of latency against cost. */
    record Balanced() implements Goal {
        @Override
        public String label() {
            return "balanced";
        }

        @Override
        public String describe() {
            return "latency and cost balanced";
        }

        @Override
        public double figure(double p50Ms, double costUsd) {
            return p50Ms;
        }
    }

    /** The lowest median latency. */
    record Latency() implements Goal {
        @Override
        public String label() {
            return "latency";
        }

        @Override
        public String describe() {
            return "the lowest median latency";
        }

        @Override
        public double figure(double p50Ms, double costUsd) {
            return p50Ms;
        }
    }

    /** The lowest cost per 1,000 requests. */
    record Cost() implements Goal {
        @Override
        public String label() {
            return "cost";
        }

        @Override
        public String describe() {
            return "the lowest cost per 1,000 requests";
        }

        @Override
        public double figure(double p50Ms, double costUsd) {
            return costUsd;
        }

        @Override
        public boolean minimizesCost() {
            return true;
        }
    }

    /**
     * The lowest cost among setups whose p95 latency is at most a bound.
     *
     * @param maxP95Ms the bound, in milliseconds
     */
    record P95Bound(double maxP95Ms) implements Goal {
        @Override
        public String label() {
            return "p95<=" + number(maxP95Ms);
        }

        @Override
        public String describe() {
            return "the lowest cost per 1,000 requests among setups whose p95 is at most " + number(maxP95Ms) + " ms";
        }

        @Override
        public double figure(double p50Ms, double costUsd) {
            return costUsd;
        }

        @Override
        public double miss(double p95Ms, double costUsd) {
            return Math.max(0, p95Ms - maxP95Ms) / maxP95Ms;
        }

        @Override
        public boolean minimizesCost() {
            return true;
        }
    }

    /**
     * The lowest median latency among setups whose cost per 1,000 requests is at most a bound.
     *
     * @param maxCostUsd the bound, in US dollars per 1,000 requests
     */
    record CostBound(double maxCostUsd) implements Goal {
        @Override
        public String label() {
            return "cost<=" + number(maxCostUsd);
        }

        @Override
        public String describe() {
            return "the lowest median latency among setups costing at most $" + number(maxCostUsd)
                    + " per 1,000 requests";
        }

        @Override
        public double figure(double p50Ms, double costUsd) {
            return p50Ms;
        }

        @Override
        public double miss(double p95Ms, double costUsd) {
            return Math.max(0, costUsd - maxCostUsd) / maxCostUsd;
        }
    }

    // Plain notation, without a trailing ".0": "250", "0.02".
    private static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
