package io.fusionize.deploy.loop;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.deploy.load.ContinuousLoad;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Setup switches under continuous load on real instance processes. */
@Tag("slow")
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class VersionSwitchTests {

    private static final int SWITCHES = 10;

    @TempDir
    Path state;

    @Test
    void tenSwitchesUnderLoadFailNoRequestAndMixNoVersions() throws Exception {
        LoopTestSupport.Transcript transcript = new LoopTestSupport.Transcript();
        LoopOptions options = LoopOptions.builder("greeting").stateDirectory(state).loadRate(2)
                .roundRequests(6).minSamples(3).maxRounds(SWITCHES).gatewayConcurrency(4)
                .functionTimeoutSeconds(LoopTestSupport.PATIENT_TIMEOUT_SECONDS)
                .retireQuietPeriod(Duration.ofSeconds(2)).build();
        ContinuousLoad load;
        try (ControlLoop loop = ControlLoop.start(options, LoopTestSupport.embeddedPlatform(state.resolve("platform")),
                LoopTestSupport.cyclingGreetingSetups(), transcript::say)) {
            loop.run();
            load = loop.load().orElseThrow();
            assertThat(load.stopAndAwait(Duration.ofMinutes(1))).isTrue();
            loop.monitor().flush();

            System.out.println("load: " + load + "; records " + loop.versionAudit().records()
                    + ", mixed " + loop.versionAudit().mixedVersionRecords() + ", switches " + loop.switches());
            assertThat(loop.switches() - 1).as("switches after the initial deployment")
                    .isGreaterThanOrEqualTo(SWITCHES);
            assertThat(load.sent()).isGreaterThanOrEqualTo(SWITCHES * 6L);
            assertThat(load.failed()).as("failed requests").isZero();
            assertThat(load.skipped()).isZero();
            assertThat(loop.gatewayFailures()).isZero();
            assertThat(loop.versionAudit().records()).isGreaterThan(load.sent());
            assertThat(loop.versionAudit().mixedVersionRecords()).as("records of requests served by two versions")
                    .isZero();
        }
        assertThat(transcript.contains("retired v")).isTrue();
    }
}
