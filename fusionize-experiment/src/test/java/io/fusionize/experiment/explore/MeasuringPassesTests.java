package io.fusionize.experiment.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.fusionize.core.app.Applications;
import io.fusionize.core.setup.Setup;
import io.fusionize.deploy.load.LoadProfiles;
import io.fusionize.experiment.run.SetupMeasurer.BoundedLoad;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MeasuringPassesTests {

    private static final BoundedLoad LOAD = new BoundedLoad(LoadProfiles.constant(1, Duration.ofSeconds(1)), 10,
            Duration.ofSeconds(1), Optional.empty());

    private final List<Setup> setups = SetupSelection.select(SetupSpace.of(Applications.find("tree")),
            RoutingChoice.parse("sample:1"), 42, List.of(1024));
    private final List<String> log = new ArrayList<>();
    private final AtomicBoolean stopped = new AtomicBoolean();

    @Test
    void everyOtherPassRunsInReverseOrder() {
        ScriptedMeasurer measurer = new ScriptedMeasurer(setup -> 10);

        MeasuringPasses.Result result = passes(measurer, 2).measure(setups);

        assertThat(measurer.measured()).containsExactly("setup-0", "setup-1", "setup-2", "setup-2", "setup-1",
                "setup-0");
        assertThat(result.complete()).isTrue();
        assertThat(result.measurements()).containsOnlyKeys(0, 1, 2).allSatisfy((index, runs) -> assertThat(runs)
                .hasSize(2));
        assertThat(log.get(0)).isEqualTo("setup 1 of 3, pass 1 of 2: A@1024, B@1024, D@1024, E@1024, C@1024, F@1024,"
                + " G@1024: p50 10.0 ms, $0.0100 per 1k requests, 0 of 4 failed");
        assertThat(log.get(3)).startsWith("setup 3 of 3, pass 2 of 2: ");
    }

    @Test
    void aStopKeepsWhatWasMeasured() {
        ScriptedMeasurer measurer = new ScriptedMeasurer(setup -> 10);
        measurer.onEveryCall(() -> stopped.set(measurer.measured().size() == 4));

        MeasuringPasses.Result result = passes(measurer, 2).measure(setups);

        assertThat(measurer.measured()).hasSize(4);
        assertThat(result.complete()).isFalse();
        assertThat(result.error()).isEmpty();
        assertThat(result.measurements().get(2)).hasSize(2);
        assertThat(result.measurements().get(0)).hasSize(1);
    }

    @Test
    void anInterruptAbandonsTheMeasurementUnderWayAndClearsTheInterrupt() {
        ScriptedMeasurer measurer = new ScriptedMeasurer(setup -> 10).interruptingAt(2);

        MeasuringPasses.Result result = passes(measurer, 2).measure(setups);

        assertThat(result.measurements()).containsOnlyKeys(0);
        assertThat(result.complete()).isFalse();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void anErrorEndsThePassesAndIsHandedBack() {
        ScriptedMeasurer measurer = new ScriptedMeasurer(setup -> 10).failingAt(3);

        MeasuringPasses.Result result = passes(measurer, 1).measure(setups);

        assertThat(result.measurements()).containsOnlyKeys(0, 1);
        assertThat(result.error()).get().extracting(Throwable::getMessage).isEqualTo("the platform is gone");
    }

    @Test
    void passesArePooledIntoOneSetup() {
        ScriptedMeasurer measurer = new ScriptedMeasurer(setup -> setup.functions().size() * 10.0);

        MeasuringPasses.Result result = passes(measurer, 2).measure(setups);
        MeasuredSetup allRemote = MeasuredSetup.pooled("all-remote", result.measurements().get(0));

        assertThat(allRemote.requests()).isEqualTo(8);
        assertThat(allRemote.passes()).isEqualTo(2);
        assertThat(allRemote.p50Ms()).isEqualTo(70.0);
        // four requests at 0.010 and four at 0.020 per 1,000
        assertThat(allRemote.costPer1kUsd()).isCloseTo(0.015, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(allRemote.eligible()).isTrue();
    }

    private MeasuringPasses passes(ScriptedMeasurer measurer, int count) {
        return new MeasuringPasses(measurer, LOAD, count, log::add, stopped::get);
    }
}
