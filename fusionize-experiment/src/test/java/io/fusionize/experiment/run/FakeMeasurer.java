package io.fusionize.experiment.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupText;
import io.fusionize.deploy.load.LoadResult;
import io.fusionize.experiment.machine.CpuUtilization;
import io.fusionize.experiment.report.SetupRun;
import io.fusionize.monitor.DurationSummary;
import io.fusionize.monitor.SetupStatistics;

/** Records what it was asked to measure and answers with fabricated measurements, without a platform. */
final class FakeMeasurer implements Measurer {

    static final CpuUtilization CALM = new CpuUtilization(0.40, 0.60, 0.0, 20);
    static final CpuUtilization SATURATED = new CpuUtilization(0.97, 1.0, 0.9, 20);

    private final List<String> measured = new ArrayList<>();
    private final Deque<CpuUtilization> cpus;
    private int nextVersion = 1;
    private long completeRequests;

    /** @param cpus the machine CPU of each measurement in turn; calm once they run out */
    FakeMeasurer(CpuUtilization... cpus) {
        this.cpus = new ArrayDeque<>(List.of(cpus));
    }

    /**
     * @param requests complete requests every later measurement has, each taking 100 ms
     * @return this measurer
     */
    FakeMeasurer completing(long requests) {
        this.completeRequests = requests;
        return this;
    }

    @Override
    public Measurement measure(String name, Setup setup, SetupMeasurer.BoundedLoad load) {
        int version = nextVersion++;
        measured.add(name);
        CpuUtilization cpu = cpus.isEmpty() ? CALM : cpus.pop();
        LoadResult nothingSent = new LoadResult("none", Instant.EPOCH, Duration.ZERO, 0, List.of());
        Setup deployed = setup.withVersion(version);
        SetupRun run = new SetupRun(name, SetupText.format(deployed), nothingSent, 0.01, 0, 1, cpu);
        return new Measurement(run, deployed, statistics(deployed), 0);
    }

    private SetupStatistics statistics(Setup deployed) {
        if (completeRequests == 0) {
            return SetupStatistics.empty(deployed.application(), deployed.version());
        }
        DurationSummary latency = new DurationSummary(completeRequests, 100, 100, 200, 300, 400);
        return new SetupStatistics(deployed.application(), deployed.version(), completeRequests, latency, latency,
                0.01, 0, 0, 0, List.of(), List.of());
    }

    @Override
    public void reserveVersionsThrough(int version) {
        nextVersion = Math.max(nextVersion, version + 1);
    }

    /** @return the names of the runs measured, in order */
    List<String> measured() {
        return measured;
    }

    static Setup setup() {
        return SetupText.parse("iot v1: I@1024");
    }
}
