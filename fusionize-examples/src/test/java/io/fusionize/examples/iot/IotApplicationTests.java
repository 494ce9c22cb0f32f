package io.fusionize.examples.iot;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.api.Application;
import io.fusionize.api.ApplicationProvider;
import io.fusionize.api.Calls;
import io.fusionize.api.Request;
import io.fusionize.examples.DirectTaskContext;
import io.fusionize.examples.DirectTaskContext.Call;
import io.fusionize.examples.iot.model.SensorAnalysis;
import io.fusionize.examples.iot.model.SensorReadings;
import io.fusionize.examples.iot.model.SensorRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class IotApplicationTests {

    @TempDir
    Path directory;

    private IotStore store;
    private Application application;

    @BeforeEach
    void createApplication() {
        store = IotStore.inDirectory(directory);
        application = IotApplication.create(store);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void declaresThePapersCallGraph() {
        assertThat(application.name()).isEqualTo("iot");
        assertThat(application.entryTasks()).containsExactly("I");
        assertThat(application.tasks()).hasSize(10);
        assertThat(callsOf("I").syncCallees()).containsExactly("CW", "SE");
        assertThat(callsOf("I").asyncCallees()).containsExactly("CT", "CS", "CA");
        assertThat(callsOf("CT").asyncCallees()).containsExactly("AS");
        assertThat(callsOf("CS").syncCallees()).containsExactly("CSL", "CSA");
        assertThat(callsOf("CA").syncCallees()).containsExactly("DJ");
        assertThat(callsOf("CA").asyncCallees()).containsExactly("AS");
        for (String leaf : new String[] {"CW", "SE", "CSL", "CSA", "DJ", "AS"}) {
            assertThat(callsOf(leaf).syncCallees()).as(leaf).isEmpty();
            assertThat(callsOf(leaf).asyncCallees()).as(leaf).isEmpty();
        }
    }

    @Test
    void isPublishedThroughTheServiceLoader() {
        assertThat(ServiceLoader.load(ApplicationProvider.class).stream()
                .map(provider -> provider.get().application().name()))
                .contains("iot");
    }

    @Test
    void analysisDependsOnlyOnTheSeed() {
        SensorAnalysis first = DirectTaskContext.forEntry(application).runEntry(new SensorRequest(7L), SensorAnalysis.class);
        SensorAnalysis second = DirectTaskContext.forEntry(application).runEntry(new SensorRequest(7L), SensorAnalysis.class);
        SensorReadings readings = SensorReadings.draw(7);
        assertThat(second).isEqualTo(first);
        assertThat(first.seed()).isEqualTo(7);
        assertThat(first.readings()).isEqualTo(readings);
        assertThat(first.sensorId()).isEqualTo(readings.sensorId());
        assertThat(first.check().valid()).isTrue();
        assertThat(first.check().primesChecked()).isEqualTo(41_538);
        assertThat(first.storedEventId()).isEqualTo(AnalyzeSensor.requestKey(7) + "/temperature");
    }

    @Test
    void itsLoadSeedsTheEntryWhoseReadingsComeFromTheSeed() throws Exception {
        Random random = new Random(3);
        Set<Long> seeds = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            Request request = application.requests().next(random);
            SensorRequest input = new ObjectMapper().readValue(request.json(), SensorRequest.class);
            assertThat(request.entry()).isEqualTo("I");
            assertThat(request.json()).isEqualTo("{\"seed\":" + input.seed() + "}");
            seeds.add(input.seed());
        }
        long seed = seeds.iterator().next();
        SensorAnalysis analysis = DirectTaskContext.forEntry(application).runEntry(new SensorRequest(seed),
                SensorAnalysis.class);

        assertThat(application.hasOwnRequests()).isTrue();
        assertThat(seeds).hasSize(20);
        assertThat(analysis.readings()).isEqualTo(SensorReadings.draw(seed));
    }

    @Test
    void aMissingSeedIsDrawnAndReported() {
        SensorAnalysis analysis = DirectTaskContext.forEntry(application).runEntry(new SensorRequest(null), SensorAnalysis.class);
        assertThat(analysis.readings()).isEqualTo(SensorReadings.draw(analysis.seed()));
    }

    @Test
    void oneRequestWithoutWarningsMakesEightCalls() {
        long seed = IotSeeds.firstSeed(readings -> !IotSeeds.iceWarning(readings) && !IotSeeds.jam(readings));
        DirectTaskContext context = DirectTaskContext.forEntry(application);
        context.runEntry(new SensorRequest(seed), SensorAnalysis.class);
        assertThat(context.calls()).containsExactlyInAnyOrder(
                new Call("I", "CW", true), new Call("I", "SE", true),
                new Call("I", "CT", false), new Call("I", "CS", false), new Call("I", "CA", false),
                new Call("CS", "CSL", true), new Call("CS", "CSA", true), new Call("CA", "DJ", true));
    }

    @Test
    void iceAndJamBothOrderSignage() {
        long seed = IotSeeds.firstSeed(readings -> IotSeeds.iceWarning(readings) && IotSeeds.jam(readings));
        DirectTaskContext context = DirectTaskContext.forEntry(application);
        context.runEntry(new SensorRequest(seed), SensorAnalysis.class);
        assertThat(context.calls()).contains(new Call("CT", "AS", false), new Call("CA", "DJ", true),
                new Call("CA", "AS", false));
        String key = "'" + AnalyzeSensor.requestKey(seed) + "'";
        IotDatabase database = new IotDatabase(store.file());
        int sensorId = SensorReadings.draw(seed).sensorId();
        assertThat(database.count("sensor_events", "event_id = '" + AnalyzeSensor.requestKey(seed) + "/temperature'"))
                .isEqualTo(1);
        assertThat(database.count("signs", "request_key = " + key + " AND message = 'ICE WARNING'"))
                .isEqualTo(IotRules.ICE_WARNING_CHAIN + 1);
        assertThat(database.count("signs", "request_key = " + key + " AND message = 'TRAFFIC JAM AHEAD'"))
                .isEqualTo(IotRules.JAM_WARNING_CHAIN + 1);
        assertThat(database.count("sound_levels", "sensor_id = " + sensorId)).isEqualTo(1);
        assertThat(database.count("accident_checks", "request_key = " + key)).isEqualTo(1);
        assertThat(database.count("jam_checks", "request_key = " + key + " AND jam = 1")).isEqualTo(1);
    }

    private Calls callsOf(String task) {
        return application.task(task).orElseThrow().calls();
    }
}
