package io.fusionize.deploy.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An open-loop arrival-rate curve made of linear segments: constant, step and ramp workloads.
 *
 * <p>Request k is sent when the integral of the rate reaches k, so the first request goes out at
 * the start and the spacing follows the rate exactly, without randomness.
 */
public final class RateProfile implements LoadProfile {

    private static final double ROUNDING_SLACK = 1e-9;

    private final String description;
    private final List<RateSegment> segments;

    /**
     * @param description what the curve is, for reports
     * @param segments the stretches of the curve, in order; at least one
     */
    public RateProfile(String description, List<RateSegment> segments) {
        this.description = Objects.requireNonNull(description, "description must not be null");
        this.segments = List.copyOf(Objects.requireNonNull(segments, "segments must not be null"));
        if (this.segments.isEmpty()) {
            throw new IllegalArgumentException("a rate profile needs at least one segment");
        }
    }

    /**
     * @param rate requests per second; positive
     * @param length how long to send
     * @return a constant arrival rate
     */
    public static RateProfile constant(double rate, Duration length) {
        requirePositive("rate", rate);
        return new RateProfile("constant " + Numbers.compact(rate) + " req/s for " + Numbers.seconds(length),
                List.of(RateSegment.constant(length, rate)));
    }

    /**
     * @param startRate the first step's rate, requests per second
     * @param increment how much each step adds
     * @param stepLength how long each step lasts
     * @param maxRate the last step's rate; the curve holds it for one step length
     * @return a staircase of rising rates
     */
    public static RateProfile step(double startRate, double increment, Duration stepLength, double maxRate) {
        requirePositive("startRate", startRate);
        requirePositive("increment", increment);
        if (maxRate < startRate) {
            throw new IllegalArgumentException("maxRate " + maxRate + " must not be below startRate " + startRate);
        }
        List<RateSegment> steps = new ArrayList<>();
        for (double rate = startRate; rate <= maxRate + ROUNDING_SLACK; rate += increment) {
            steps.add(RateSegment.constant(stepLength, rate));
        }
        return new RateProfile("step " + Numbers.compact(startRate) + " to " + Numbers.compact(maxRate)
                + " req/s, +" + Numbers.compact(increment) + " every " + Numbers.seconds(stepLength), steps);
    }

    /**
     * @param fromRate the rate at the start and end, requests per second
     * @param toRate the rate held in the middle
     * @param up how long the rise takes
     * @param hold how long the top rate is held
     * @param down how long the fall takes
     * @return a rise, a plateau and a fall
     */
    public static RateProfile ramp(double fromRate, double toRate, Duration up, Duration hold, Duration down) {
        return new RateProfile("ramp " + Numbers.compact(fromRate) + " to " + Numbers.compact(toRate)
                + " req/s over " + Numbers.seconds(up) + ", hold " + Numbers.seconds(hold)
                + ", down over " + Numbers.seconds(down),
                List.of(new RateSegment(up, fromRate, toRate), RateSegment.constant(hold, toRate),
                        new RateSegment(down, toRate, fromRate)));
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a positive finite number, was " + value);
        }
    }

    /**
     * @param factor the multiplier for every rate; positive
     * @return this curve with every rate multiplied and the same timing
     */
    public RateProfile scaled(double factor) {
        requirePositive("factor", factor);
        if (factor == 1) {
            return this;
        }
        return new RateProfile(description + ", rates x " + Numbers.compact(factor),
                segments.stream().map(segment -> segment.scaled(factor)).toList());
    }

    /** @return the stretches of the curve */
    public List<RateSegment> segments() {
        return segments;
    }

    /** @return the highest rate anywhere on the curve, requests per second */
    public double peakRate() {
        return segments.stream().mapToDouble(s -> Math.max(s.startRate(), s.endRate())).max().orElse(0);
    }

    /** @return the curve's total length */
    public Duration length() {
        return segments.stream().map(RateSegment::length).reduce(Duration.ZERO, Duration::plus);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Schedule schedule() {
        double total = segments.stream().mapToDouble(RateSegment::arrivals).sum();
        long[] offsets = new long[(int) Math.ceil(total - ROUNDING_SLACK)];
        int segmentIndex = 0;
        double arrivalsBefore = 0;
        double secondsBefore = 0;
        for (int k = 0; k < offsets.length; k++) {
            while (k >= arrivalsBefore + segments.get(segmentIndex).arrivals() - ROUNDING_SLACK
                    && segmentIndex < segments.size() - 1) {
                arrivalsBefore += segments.get(segmentIndex).arrivals();
                secondsBefore += segments.get(segmentIndex).seconds();
                segmentIndex++;
            }
            double seconds = secondsBefore + segments.get(segmentIndex).secondsUntil(k - arrivalsBefore);
            offsets[k] = Math.round(seconds * 1e9);
        }
        return new Schedule(description, offsets);
    }
}
