package io.fusionize.reliability.soak;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.deploy.load.ContinuousLoad;
import io.fusionize.deploy.loop.LoopState;
import io.fusionize.deploy.loop.LoopStateFile;
import io.fusionize.reliability.support.IotLoad;
import io.fusionize.reliability.support.JavaProcess;
import io.fusionize.reliability.support.PlatformProcess;
import io.fusionize.reliability.support.ProcessProbe;
import io.fusionize.reliability.support.Sleep;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Soak: steady load on the IoT application through the control loop's gateway while the loop
 * switches setups every round (one minute), with the platform and the loop each in a process of
 * its own. Must hold: no request fails, and no process's resident memory, open files, threads or
 * instance processes grow past {@link GrowthBound} after the warm-up.
 *
 * <p>System properties: {@code soak.minutes} (default 30, at most 180), {@code soak.rate} root
 * requests per second (default 1), {@code soak.gatewayConcurrency} root requests the gateway
 * forwards at once (default 16), {@code soak.sampleSeconds} (default 60), {@code soak.docs} where
 * the CSV and plot are copied (default {@code ../docs/reliability}; empty to skip).
 */
@Tag("slow")
@Timeout(value = 200, unit = TimeUnit.MINUTES)
class SoakTests {

    private static final long ROUND_SECONDS = 45;
    private static final Path OUT = Path.of("target", "soak");

    @Test
    void steadyLoadWithASetupSwitchEveryMinuteFailsNothingAndLeaksNothing() throws Exception {
        double minutes = Double.parseDouble(System.getProperty("soak.minutes", "30"));
        double rate = Double.parseDouble(System.getProperty("soak.rate", "1"));
        int gatewayConcurrency = Integer.getInteger("soak.gatewayConcurrency", 16);
        long sampleSeconds = Long.getLong("soak.sampleSeconds", 60);
        assertThat(minutes).as("soak.minutes").isBetween(1.0, 180.0);
        Path state = fresh(OUT.toAbsolutePath()).resolve("state");
        List<SoakSample> samples = new ArrayList<>();
        ContinuousLoad load = null;
        Path loopState = state.resolve("loop");
        try (PlatformProcess platform = PlatformProcess.start(state.resolve("platform"), OUT.resolve("platform.log"));
                JavaProcess loop = JavaProcess.start(OUT.resolve("loop.log"), List.of("-Xmx512m"),
                        SoakLoopMain.class.getName(), List.of(loopState.toString(), platform.uri().toString(),
                                platform.token(), Long.toString(ROUND_SECONDS),
                                Integer.toString(gatewayConcurrency)))) {
            URI gateway = awaitGateway(loopState, loop);
            load = ContinuousLoad.start(IotLoad.sender(gateway), rate);
            Instant start = Instant.now();
            Instant end = start.plusMillis((long) (minutes * 60_000));
            LoopStateFile stateFile = new LoopStateFile(loopState, "iot");
            // a sample at minute 0 and then one per interval, up to and including the end
            for (Instant next = start; !next.isAfter(end); next = next.plusSeconds(sampleSeconds)) {
                Sleep.millis(Math.max(0, Duration.between(Instant.now(), next).toMillis()));
                assertThat(platform.process().isAlive()).as("platform alive").isTrue();
                assertThat(loop.isAlive()).as("loop alive; its log:\n%s", loop.output()).isTrue();
                samples.add(new SoakSample(Duration.between(start, Instant.now()).toMillis() / 60_000.0,
                        ProcessProbe.read(platform.process().pid()), ProcessProbe.read(loop.pid()), load.sent(),
                        load.failed(), versions(stateFile)));
                System.out.println("SOAK " + samples.get(samples.size() - 1).csv() + " " + load.failureCauses());
            }
            assertThat(load.stopAndAwait(Duration.ofMinutes(3))).as("load drained").isTrue();
            int versions = versions(stateFile);
            assertThat(loop.stop(Duration.ofMinutes(2))).as("loop stopped cleanly on SIGTERM").isTrue();
            Report report = new Report(minutes, rate, load.sent(), load.succeeded(), load.failed(), load.skipped(),
                    versions - 1, samples, GrowthBound.violations(samples, minutes));
            report.write(OUT);
            System.out.println(report.summary());
            assertThat(load.failureCauses()).as("failure causes").isEmpty();
            assertThat(load.failed()).as("failed requests").isZero();
            assertThat(load.skipped()).as("requests skipped for too many outstanding").isZero();
            assertThat(report.switches()).as("setup switches").isGreaterThanOrEqualTo((int) (minutes / 2));
            assertThat(report.violations()).as("series that grew past the bound").isEmpty();
        } finally {
            if (load != null) {
                load.close();
            }
        }
    }

    private static int versions(LoopStateFile stateFile) {
        return stateFile.read().map(LoopState::entries).map(List::size).orElse(0);
    }

    private static URI awaitGateway(Path loopState, JavaProcess loop) throws IOException {
        Instant end = Instant.now().plus(Duration.ofMinutes(10));
        while (Instant.now().isBefore(end)) {
            Optional<URI> gateway = SoakLoopMain.gateway(loopState);
            if (gateway.isPresent()) {
                return gateway.get();
            }
            assertThat(loop.isAlive()).as("loop alive while starting; its log:\n%s", loop.output()).isTrue();
            Sleep.millis(500);
        }
        throw new AssertionError("the loop did not serve within 10 minutes:\n" + loop.output());
    }

    private static Path fresh(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(directory);
    }

    /** What the soak measured, written as CSV, plot and summary. */
    record Report(double minutes, double rate, long sent, long succeeded, long failed, long skipped, int switches,
            List<SoakSample> samples, List<String> violations) {

        void write(Path directory) throws IOException {
            Files.createDirectories(directory);
            List<String> lines = new ArrayList<>();
            lines.add(SoakSample.HEADER);
            samples.forEach(s -> lines.add(s.csv()));
            Files.write(directory.resolve("soak.csv"), lines);
            SoakChart.write(samples, String.format(Locale.ROOT, "Soak: IoT at %.0f req/s, %d setup switches, "
                    + "%d of %d requests failed", rate, switches, failed, sent), directory.resolve("soak.png"));
            Files.writeString(directory.resolve("soak-summary.txt"), summary());
            String docs = System.getProperty("soak.docs", Path.of("..", "docs", "reliability").toString());
            if (!docs.isBlank()) {
                Path target = Files.createDirectories(Path.of(docs));
                for (String name : List.of("soak.csv", "soak.png")) {
                    Files.copy(directory.resolve(name), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }

        String summary() {
            SoakSample first = samples.get(0);
            SoakSample last = samples.get(samples.size() - 1);
            return String.format(Locale.ROOT, "minutes=%.1f%nrate=%.1f%nrequests=%d%nsucceeded=%d%nfailed=%d%n"
                    + "skipped=%d%nswitches=%d%nsamples=%d%nbound=%s%nviolations=%s%n%s%nfirst=%s%nlast=%s%n",
                    minutes, rate, sent, succeeded, failed, skipped, switches, samples.size(), GrowthBound.describe(),
                    violations.isEmpty() ? "none" : String.join("; ", violations), SoakSample.HEADER,
                    first.csv(), last.csv());
        }
    }
}
