package io.fusionize.deploy.loop;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.core.setup.Setup;
import io.fusionize.deploy.artifact.ArtifactBuilder;
import io.fusionize.deploy.deployer.DeployedVersion;
import io.fusionize.deploy.gateway.VersionRouter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Retirements and roll-backs to the version being retired, on a platform double. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RolloutRaceTests {

    private static final Duration LONG_WAIT = Duration.ofSeconds(20);

    @TempDir
    Path cache;

    private final RecordingPlatform platform = new RecordingPlatform();
    private final VersionRouter router = new VersionRouter();
    private final List<String> log = new CopyOnWriteArrayList<>();

    @Test
    void aRetirementWaitingForAVersionDoesNotDeleteItWhenARollbackRedeploysIt() throws Exception {
        CountDownLatch retirementOfV1Decided = new CountDownLatch(1);
        VersionRouter.Lease[] holdOnV1 = new VersionRouter.Lease[1];
        boolean[] rollingBack = new boolean[1];
        Consumer<String> messages = message -> {
            log.add(message);
            if (message.startsWith("retired v1") || message.startsWith("kept v1")) {
                retirementOfV1Decided.countDown();
            }
            // The roll-back's deployment of v1 is done: now let the waiting retirement of v1 run,
            // and wait until it has decided, as a slow switch would.
            if (rollingBack[0] && message.startsWith("deployed v1")) {
                rollingBack[0] = false;
                holdOnV1[0].close();
                await(retirementOfV1Decided);
            }
        };
        try (Rollout rollout = rollout(messages)) {
            rollout.deployAndSwitch(setup(1));
            holdOnV1[0] = router.acquire(); // v1 cannot drain: its retirement waits
            rollout.deployAndSwitch(setup(2));
            rollingBack[0] = true;
            rollout.deployAndSwitch(setup(1));

            assertThat(retirementOfV1Decided.getCount()).isZero();
            assertThat(router.currentSetup().orElseThrow().version()).isEqualTo(1);
            assertThat(platform.retired).as("versions deleted from the platform").doesNotContain(1);
            assertThat(rollout.liveVersions()).contains(1);
            assertThat(log).noneMatch(m -> m.startsWith("retired v1"));
        }
    }

    @Test
    void aStaleRetirementDoesNotDeleteAVersionSwitchedToAgainAndAwayOnceMore() throws Exception {
        CountDownLatch staleDecided = new CountDownLatch(1);
        Consumer<String> messages = message -> {
            log.add(message);
            if (message.startsWith("retired v1") || message.startsWith("kept v1")) {
                staleDecided.countDown();
            }
        };
        try (Rollout rollout = rollout(messages)) {
            rollout.deployAndSwitch(setup(1));
            VersionRouter.Lease firstHold = router.acquire();
            rollout.deployAndSwitch(setup(2));
            rollout.deployAndSwitch(setup(1));
            VersionRouter.Lease secondHold = router.acquire(); // a request on v1's newer slot
            rollout.deployAndSwitch(setup(3));

            firstHold.close(); // the first retirement of v1 may run; v1's newer slot still serves
            await(staleDecided);

            assertThat(platform.retired).doesNotContain(1);
            assertThat(log).contains("kept v1: it was switched to again");
            secondHold.close();
        }
    }

    private Rollout rollout(Consumer<String> messages) {
        return new Rollout(platform, new ArtifactBuilder(cache), router, LONG_WAIT, Duration.ZERO, messages);
    }

    private static Setup setup(int version) {
        return LoopTestSupport.greeting(version, 128, Set.of());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(LONG_WAIT.toSeconds(), TimeUnit.SECONDS)).as("retirement decided in time").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Deploys nothing; remembers which versions were deleted. */
    private static final class RecordingPlatform implements Rollout.VersionPlatform {

        final List<Integer> retired = new CopyOnWriteArrayList<>();

        @Override
        public DeployedVersion deploy(Setup setup) {
            return new DeployedVersion(setup, Map.of(), List.of(), Duration.ZERO);
        }

        @Override
        public void retire(DeployedVersion version, Collection<DeployedVersion> live) {
            retired.add(version.version());
        }
    }
}
