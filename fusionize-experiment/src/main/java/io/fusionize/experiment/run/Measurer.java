package io.fusionize.experiment.run;

import io.fusionize.core.setup.Setup;

/** Measures one setup under a load; {@link SetupMeasurer} does it on the testbed. */
public interface Measurer {

    /**
     * @param name the run's name, e.g. {@code all-remote} or {@code round-3}
     * @param setup the setup; it is deployed under a new version
     * @param load the load to send
     * @return the measurement
     * @throws InterruptedException when interrupted
     */
    Measurement measure(String name, Setup setup, SetupMeasurer.BoundedLoad load) throws InterruptedException;

    /**
     * Keeps every version up to this one from later measurements, which then use higher ones.
     *
     * @param version a version named elsewhere, e.g. by a proposal the rounds ended on without
     *     measuring it
     */
    void reserveVersionsThrough(int version);
}
