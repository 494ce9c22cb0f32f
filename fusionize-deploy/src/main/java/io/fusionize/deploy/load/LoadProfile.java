package io.fusionize.deploy.load;

/**
 * A workload shape that yields the intended send times of a load run.
 *
 * <p>Factories for the usual shapes live in {@link LoadProfiles}.
 */
public interface LoadProfile {

    /** @return a one-line description of the shape, for reports */
    String description();

    /** @return the intended send times */
    Schedule schedule();
}
